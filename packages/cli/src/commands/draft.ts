import { exact, modelAttributes, quoteCall, type CallSite, type Catalog, type ScanLiteral } from '@genspend/core';

/** A YAML scalar: plain when YAML reads it back as the same string, else double-quoted JSON (a YAML subset). */
function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return /^[A-Za-z0-9][A-Za-z0-9 ._/@:-]*$/.test(value) &&
    !/:\s|\s#|:$|^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^[\d.+-]/.test(value)
    ? value
    : JSON.stringify(value);
}
/** A comment's text on one line, with nothing that could end it early. */
const comment = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');

interface Drafted {
  name: string;
  provider: string;
  model?: string;
  endpointId?: string;
  gpu?: string;
  gpuNote?: string;
  attributes: [string, string][];
  missing: readonly string[];
  sites: string[];
  unpriced?: string;
}

/**
 * A draft genspend.yml from a scan: one workload per distinct call (provider, model and literal
 * cost-driving arguments), the attributes its literal arguments give, and `runs:` left empty for
 * the author (the manifest does not parse until it is filled). Calls whose model the code
 * computes are listed in a comment, not drafted.
 */
export function draftManifest(schemaId: string, sites: readonly CallSite[], catalog: Catalog): string {
  const gpus = sites
    .filter((s) => s.sdk === 'runpod-config')
    .flatMap((s) => (Array.isArray(s.arguments.gpu) ? (s.arguments.gpu as ScanLiteral[]) : []));
  const drafted = new Map<string, Drafted>();
  const skipped: string[] = [];
  const names = new Set<string>();
  for (const site of sites) {
    if (site.ignored || site.sdk === 'runpod-config') continue;
    const where = `${site.file}:${site.line}`;
    if (site.model === null) {
      skipped.push(`${where} (${site.provider}: the model is not literal)`);
      continue;
    }
    const quote = quoteCall(site, catalog);
    const attributes = Object.entries(quote.workload?.attributes ?? {})
      .filter(([k, v]) => k !== 'runs' && v !== undefined)
      .map(([k, v]) => [k, typeof v === 'object' ? exact(v) : typeof v === 'boolean' ? String(v) : scalar(String(v))] as [string, string])
      .sort(([a], [b]) => a.localeCompare(b));
    const key = JSON.stringify([site.workload ?? '', site.provider, site.model, attributes]);
    const known = drafted.get(key);
    if (known) {
      known.sites.push(where);
      continue;
    }
    let name = site.workload ?? `${site.model}${site.task ? ` ${site.task}` : ''}`;
    for (let n = 2; names.has(name); n++) name = `${site.workload ?? site.model} (${n})`;
    names.add(name);
    const runpod = site.provider === 'runpod';
    const gpu = typeof gpus[0] === 'string' ? gpus[0] : undefined;
    // what the model's price needs that neither the code nor a default gives: left empty to fill in
    const have = new Set([...attributes.map(([k]) => k), ...(quote.missing ?? [])]);
    const required = (modelAttributes(catalog, site.provider, runpod ? (gpu ?? 'ADA_24') : site.model) ?? [])
      .filter((a) => a.required && a.name !== 'runs' && !have.has(a.name))
      .map((a) => a.name);
    drafted.set(key, {
      name,
      provider: site.provider,
      ...(runpod
        ? {
            endpointId: site.model,
            gpu: gpu ?? 'ADA_24',
            ...(gpu ? {} : { gpuNote: 'not in the code: the GPU pool the endpoint runs on' }),
          }
        : { model: site.model }),
      attributes,
      missing: [...(quote.missing ?? []), ...required],
      sites: [where],
      ...(quote.reason && !runpod ? { unpriced: quote.reason } : {}),
    });
  }
  const out = [
    `# yaml-language-server: $schema=${schemaId}`,
    '# Drafted by `genspend init` from the model calls `genspend scan` found. Fill in `runs:` for each',
    '# workload (how many calls per period) and every other empty value the code does not give,',
    '# check the values, then run `genspend estimate genspend.yml`.',
    'version: 1',
    'period: month # day | week | month (a month is 730 hours)',
    'budget:',
    '  undeclared: warn # fail | warn | off: a model call in the code that no workload declares',
    'workloads:',
  ];
  if (!drafted.size) out[out.length - 1] = 'workloads: []';
  for (const w of drafted.values()) {
    out.push(`  - name: ${scalar(w.name)}`);
    out.push(`    # called at ${comment(w.sites.join(', '))}`);
    out.push(`    provider: ${w.provider}`);
    if (w.model !== undefined) out.push(`    model: ${scalar(w.model)}`);
    if (w.endpointId !== undefined) out.push(`    endpointId: ${scalar(w.endpointId)}`);
    if (w.gpu !== undefined) out.push(`    gpu: ${scalar(w.gpu)}${w.gpuNote ? ` # ${w.gpuNote}` : ''}`);
    out.push('    runs: # calls per period: fill in');
    for (const [k, v] of w.attributes) out.push(`    ${k}: ${v}`);
    for (const m of w.missing) out.push(`    ${m}: # not in the code: fill in`);
    if (w.unpriced && !w.missing.length && !w.attributes.length) out.push(`    # not priced from the code: ${comment(w.unpriced)}`);
  }
  if (skipped.length) {
    out.push('# Calls not drafted, whose model the code computes: declare the models they run');
    for (const s of skipped) out.push(`#   ${comment(s)}`);
  }
  return out.join('\n') + '\n';
}
