import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  catalogDrift,
  columns,
  escapeControl,
  GenspendError,
  parseYaml,
  type DriftFinding as Finding,
  type DriftStatus as Status,
  type LivePriceInput,
  type ProviderCatalog,
} from '@genspend/core';
import {
  createFalClient,
  createFetchTransport,
  createRunpodClient,
  createRunwareClient,
  hostVariables,
  isProviderError,
  KEY_VARIABLES,
  OptionError,
  optionMessage,
  type ProviderId,
  type Transport,
} from '@genspend/providers';
import { displayPath } from '../files.js';
import { EXIT, parseFormat, UsageError, type Io } from '../io.js';

import { loadCatalogDir, type CatalogFile } from './catalog.js';

export const syncHelp = `Usage: genspend prices sync [provider] [--dir <catalog folder>] [--write] [--format table|json]

Compares the catalog with the prices providers publish through their APIs and reports drift:
fal (GET /v1/models/pricing, needs FAL_KEY), Runware (public model pricing, no key) and Runpod
(serverless GPU catalog, needs RUNPOD_API_KEY). Runway publishes no price API: compare it by hand.
Nothing is rewritten unless --write: then a drifted single-rate entry whose live price converts
exactly takes the live amount, and every compared entry gets today's checkedAt; run
\`npm run generate\` afterwards. Exit 0 no drift, 1 drift found, 2 a provider could not be read.`;

export async function syncCommand(
  positionals: string[],
  values: { dir?: string; write?: boolean; format?: string },
  io: Io,
  transport?: Transport,
): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const only = positionals[0]?.toLowerCase();
  if (positionals.length > 1) throw new UsageError('expected `genspend prices sync [provider]`');
  const catalogs = loadCatalogDir(io, values.dir).files;
  if (only && !catalogs.some((c) => c.catalog.provider === only))
    throw new GenspendError(`unknown provider \`${only}\``, undefined, `use one of ${catalogs.map((c) => c.catalog.provider).join(', ')}`);
  const send = transport ?? createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const { catalog } of catalogs) {
    if (only && catalog.provider !== only) continue;
    try {
      findings.push(...(await syncProvider(catalog, io, send)));
    } catch (e) {
      if (isProviderError(e)) errors.push(e.message);
      // a host override that is not usable: named as the variable it was set in
      else if (e instanceof OptionError)
        errors.push(optionMessage(catalog.provider as ProviderId, e, hostVariables(catalog.provider as ProviderId)));
      else throw e;
    }
  }
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const written = values.write ? writeCatalogs(catalogs, findings, today, io) : [];
  if (format === 'json')
    io.stdout.write(
      JSON.stringify(
        { version: 1, asOf: today, findings: findings.map(({ write: _w, checked: _c, ...f }) => f), written, errors },
        null,
        2,
      ) + '\n',
    );
  else io.stdout.write(renderSync(findings, written, errors));
  for (const e of errors) io.stderr.write(`genspend: ${escapeControl(e)}\n`);
  return errors.length ? EXIT.error : findings.some((f) => f.status === 'drift') && !values.write ? EXIT.budgetFailed : EXIT.pass;
}

async function syncProvider(catalog: ProviderCatalog, io: Io, transport: Transport): Promise<Finding[]> {
  const env = (name: string) => io.env[`GENSPEND_${catalog.provider.toUpperCase()}_${name}`] || undefined;
  const key = (p: ProviderId) => io.env[KEY_VARIABLES[p]];
  const skip = (note: string) =>
    catalog.models.map((m): Finding => ({ provider: catalog.provider, model: m.id, status: 'skipped', catalog: [], live: [], note }));
  let live: readonly LivePriceInput[];
  switch (catalog.provider) {
    case 'fal': {
      if (!key('fal')) return skip(`set ${KEY_VARIABLES.fal} to compare`);
      const base = env('BASE_URL');
      const c = createFalClient({ apiKey: key('fal')!, transport, ...(base ? { baseUrl: base } : {}) });
      live = (await c.getLivePrices(catalog.models.map((m) => m.id))).prices;
      break;
    }
    case 'runware': {
      const content = env('CONTENT_BASE_URL');
      // public pricing needs no key; the client still wants one for its other calls
      const c = createRunwareClient({
        apiKey: key('runware') ?? 'none',
        uuid: randomUUID,
        transport,
        ...(content ? { contentBaseUrl: content } : {}),
      });
      live = (await c.getLivePrices(catalog.models.map((m) => m.id))).prices;
      break;
    }
    case 'runpod': {
      if (!key('runpod')) return skip(`set ${KEY_VARIABLES.runpod} to compare`);
      const base = env('BASE_URL');
      const c = createRunpodClient({ apiKey: key('runpod')!, transport, ...(base ? { baseUrl: base } : {}) });
      live = (await c.getLivePrices()).prices;
      break;
    }
    default:
      return skip(`${catalog.name} publishes no price API: compare with ${catalog.billingSource} by hand`);
  }
  return catalog.models.map((model, i) => catalogDrift(catalog.provider, model, i, live));
}

/** Edits the YAML in place (comments and layout kept): amounts that drifted, and today's checkedAt. */
function writeCatalogs(catalogs: CatalogFile[], findings: Finding[], today: string, io: Io): string[] {
  const written: string[] = [];
  for (const { path: file, catalog } of catalogs) {
    const mine = findings.filter((f) => f.provider === catalog.provider && f.checked);
    if (!mine.length) continue;
    const text = readFileSync(file, 'utf8');
    const parsed = parseYaml(text, displayPath(io.cwd, file), { exactNumbers: false, ranges: true });
    // by where the old value starts: the same field set twice is written once
    const edits = new Map<number, { end: number; text: string }>();
    const set = (path: readonly (string | number)[], value: string) => {
      const range = parsed.rangeOf(path);
      if (!range) throw new GenspendError(`no \`${path.join('.')}\` to update`, { file: displayPath(io.cwd, file) }, 'update it by hand');
      edits.set(range[0], { end: range[1], text: value });
    };
    for (const f of mine) {
      for (const j of f.checked!.rates) set(['models', f.checked!.model, 'rates', j, 'checkedAt'], today);
      if (f.write?.amount !== undefined) {
        set(['models', f.write.model, 'rates', f.write.rate, 'amount'], `'${f.write.amount}'`);
        set(['models', f.write.model, 'rates', f.write.rate, 'effectiveFrom'], today);
        written.push(`${catalog.provider} ${f.model}: amount ${f.write.amount}`);
      }
    }
    let out = text;
    for (const [start, { end, text: value }] of [...edits].sort(([a], [b]) => b - a)) out = out.slice(0, start) + value + out.slice(end);
    writeFileSync(file, out);
    written.push(`${displayPath(io.cwd, file)}: checkedAt ${today} on ${mine.length} model(s)`);
  }
  return written;
}

function renderSync(findings: Finding[], written: string[], errors: string[]): string {
  const rows = [['PROVIDER', 'MODEL', 'STATUS', 'CATALOG', 'LIVE', 'NOTE']];
  for (const f of findings)
    rows.push([f.provider, f.model, f.status.toUpperCase(), f.catalog.join('; ') || '-', f.live.join('; ') || '-', f.note ?? '']);
  const count = (s: Status) => findings.filter((f) => f.status === s).length;
  return [
    `genspend prices sync: ${count('match')} match, ${count('drift')} drift, ${count('missing')} not published, ${count('skipped')} skipped${errors.length ? `, ${errors.length} provider(s) unreadable` : ''}`,
    '',
    ...columns(rows),
    ...(written.length ? ['', 'Written (run `npm run generate` next):', ...written.map((w) => `  - ${w}`)] : []),
    '',
  ].join('\n');
}
