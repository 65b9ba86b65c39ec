import { randomUUID } from 'node:crypto';
import { lstatSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  columns,
  defaultCatalog,
  escapeControl,
  GenspendError,
  lockPrices,
  parsePriceFile,
  PRICE_FILE_NAME,
  renderPriceFile,
  withLockedModels,
  type LockFinding,
  type PriceFile,
  type ProviderLive,
} from '@genspend/core';
import {
  accountOptionsFromEnv,
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
import { displayPath, expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, writeJson, type Io } from '../io.js';
import { findPriceFile, readPriceFileText } from '../price-file.js';
import { schemaId } from '../schema-ids.js';

export const lockHelp = `Usage: genspend prices lock [manifests or globs...] [--prices FILE] [--format table|json]

Writes genspend.prices.yml from the providers' live price APIs, for exactly the models the
manifests use (default **/genspend.yml) that the built-in catalog lacks or prices differently:
  fal      GET /v1/models/pricing, your account's prices with its discounts (needs FAL_KEY)
  runware  public model pricing; model search for a community model's architecture (RUNWARE_API_KEY)
  runpod   the Serverless GPU catalog (needs RUNPOD_API_KEY)
Runway publishes no price API. Each entry says where and when it was read (basis: account);
your own contract rates in the file are kept. Commit the file: estimates stay offline and keyless.
Exit 0 written (or nothing to lock), 2 bad input or a provider could not be read.`;

/** Where each provider's prices are read, as the entries cite it (the public API, whatever host served it). */
const SOURCES: Record<string, (model: string) => string> = {
  fal: (m) => `https://api.fal.ai/v1/models/pricing?endpoint_id=${encodeURIComponent(m)}`,
  runware: (m) => `https://content.runware.ai/models/${encodeURIComponent(m)}/pricing`,
  runpod: () => 'https://api.runpod.io/v2/catalog/gpus',
};
const RUNWARE_SEARCH = 'https://api.runware.ai/v1 (modelSearch)';

export async function lockCommand(
  positionals: string[],
  values: { prices?: string; format?: string },
  io: Io,
  transport?: Transport,
): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const files = await expandManifestArgs(positionals.length ? positionals : ['**/genspend.yml'], io.cwd);
  const manifests = loadManifests(io.cwd, files);
  const existing = findPriceFile(io.cwd, files, values.prices);
  const target = existing ?? displayPath(io.cwd, join(dirname(files[0]!), PRICE_FILE_NAME));
  const current: PriceFile | undefined = existing ? parsePriceFile(readPriceFileText(io.cwd, existing), existing) : undefined;

  const used = new Map<string, { provider: string; model: string }>();
  for (const w of manifests.flatMap((m) => m.workloads)) {
    // a workload that names its architecture is priced without a lookup
    if (w.model === undefined || w.attributes.architecture !== undefined) continue;
    used.set(`${w.provider}\u0000${w.model.toLowerCase()}`, { provider: w.provider, model: w.model });
  }

  const send = transport ?? createFetchTransport({ fetch: globalThis.fetch, sleep: (ms) => sleep(ms) });
  // progress only where a person watches: a CI log gets the table, not a line per provider
  const progress = (line: string) => {
    if ((io.stderr as { isTTY?: boolean }).isTTY && !io.env.CI) io.stderr.write(`genspend: ${escapeControl(line)}\n`);
  };
  const live: Record<string, ProviderLive> = {};
  const skipped: Record<string, string> = {};
  const errors: string[] = [];
  for (const provider of [...new Set([...used.values()].map((u) => u.provider))]) {
    const models = [...used.values()].filter((u) => u.provider === provider).map((u) => u.model);
    progress(`${provider}: reading prices for ${models.length} model(s)...`);
    try {
      const read = await readProvider(provider, models, io, send);
      if (typeof read === 'string') skipped[provider] = read;
      else live[provider] = read;
      progress(`${provider}: ${typeof read === 'string' ? `skipped (${read})` : 'done'}`);
    } catch (e) {
      if (isProviderError(e)) errors.push(e.message);
      else if (e instanceof OptionError) errors.push(optionMessage(provider as ProviderId, e, hostVariables(provider as ProviderId)));
      else throw e;
      skipped[provider] = 'could not be read: see the error below';
      progress(`${provider}: could not be read`);
    }
  }

  const fetchedAt = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const result = lockPrices({
    catalog: defaultCatalog(),
    ...(current ? { prices: current } : {}),
    used: [...used.values()],
    live,
    skipped,
    fetchedAt,
  });
  const count = Object.values(result.models).reduce((n, m) => n + m.length, 0);
  if (count > 0) writePriceFile(io, target, renderPriceFile(withLockedModels(current, result.models), schemaId('prices.schema.json')));

  if (format === 'json')
    await writeJson(io.stdout, { version: 1, fetchedAt, file: count > 0 ? target : null, findings: result.findings, errors });
  else
    io.stdout.write(
      renderLock(result.findings, count > 0 ? `${target}: ${count} model(s) locked` : 'nothing to lock: no file written', errors),
    );
  for (const e of errors) io.stderr.write(`genspend: ${escapeControl(e)}\n`);
  return errors.length ? EXIT.error : EXIT.pass;
}

async function readProvider(provider: string, models: string[], io: Io, transport: Transport): Promise<ProviderLive | string> {
  const id = provider as ProviderId;
  if (!(provider in SOURCES)) return provider === 'runway' ? 'Runway publishes no price API' : `no price API for ${provider}`;
  const options = accountOptionsFromEnv(id, io.env);
  const sourceOf = SOURCES[provider]!;
  switch (provider) {
    case 'fal': {
      if (!options) return `set ${KEY_VARIABLES.fal} to read your account's prices`;
      const { prices } = await createFalClient({ ...options, transport }).getLivePrices(models);
      return { sourceOf, prices };
    }
    case 'runpod': {
      if (!options) return `set ${KEY_VARIABLES.runpod} to read the GPU catalog`;
      const { prices } = await createRunpodClient({ ...options, transport }).getLivePrices();
      return { sourceOf, prices };
    }
    default: {
      // public pricing needs no key; model search does
      const content = io.env[hostVariables(id).contentBaseUrl]?.trim();
      const client = createRunwareClient({
        apiKey: options?.apiKey ?? 'none',
        uuid: randomUUID,
        transport,
        ...(options ?? {}),
        ...(content ? { contentBaseUrl: content } : {}),
      });
      const catalog = defaultCatalog();
      const community = models.filter((m) => catalog.isCommunity('runware', m) && !catalog.model('runware', m));
      const { prices } = await client.getLivePrices(models.filter((m) => !community.includes(m)));
      const found: Record<string, { name?: string; architecture?: string } | null> = {};
      if (options) for (const m of community) found[m] = await client.getModelInfo(m);
      return { sourceOf, prices, models: found, modelSource: options ? RUNWARE_SEARCH : `set ${KEY_VARIABLES.runware}` };
    }
  }
}

/** Written only as a regular file inside the working directory; a link is never written through. */
function writePriceFile(io: Io, file: string, text: string): void {
  const path = resolve(io.cwd, file);
  const found = lstatSync(path, { throwIfNoEntry: false });
  if (found && !found.isFile())
    throw new GenspendError(`${file} is not a regular file`, { file }, 'move it away, or name another file with --prices');
  writeFileSync(path, text);
}

function renderLock(findings: readonly LockFinding[], written: string, errors: string[]): string {
  const rows = [['PROVIDER', 'MODEL', 'STATUS', 'LIVE', 'NOTE']];
  for (const f of findings) rows.push([f.provider, f.model, f.status.toUpperCase(), f.live ?? '-', f.note ?? '']);
  const n = (s: LockFinding['status']) => findings.filter((f) => f.status === s).length;
  return [
    `genspend prices lock: ${n('locked')} locked, ${n('same')} as built in, ${n('kept')} kept, ${n('not-published')} not published, ${n('by-hand')} by hand, ${n('skipped')} skipped${errors.length ? `, ${errors.length} provider(s) unreadable` : ''}`,
    '',
    ...columns(rows).map(escapeControl),
    '',
    written,
    '',
  ].join('\n');
}
