import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GenspendError } from '@genspend/core';
import { PROVIDER_IDS, type ProviderId } from '@genspend/providers';

/** One job to look up, as a requests file names it. */
export interface RequestEntry {
  provider: ProviderId;
  id: string;
  /** USD quoted, exact; absent: shown, not judged. */
  quoted?: string;
  endpointId?: string;
  gpu?: string;
  gpuCount?: string;
  worker?: 'flex' | 'active';
  /** Runware: the task's result (or just its `cost`), as sent with includeCost. */
  result?: unknown;
  line?: number;
}

/** More jobs than this in one file is a mistake or a job for the usage reconcile. */
export const MAX_REQUESTS = 1000;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const DECIMAL = /^\d+(\.\d+)?$/;
const FIELDS = ['provider', 'id', 'quoted', 'endpointId', 'gpu', 'gpuCount', 'worker', 'cost', 'result'];

export function readRequestsFile(cwd: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new GenspendError(
      code === 'ENOENT' ? 'file does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'error'})`,
      { file },
      'name a file of job ids, one per line, or a JSON array',
    );
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new GenspendError(
      `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      { file },
      `list at most ${MAX_REQUESTS} jobs`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GenspendError('file is binary, not UTF-8 text', { file }, 'name a file of job ids, one per line, or a JSON array');
  }
}

/**
 * Jobs from a requests file: one id per line (blank lines and `#` comments skipped), or a JSON
 * array of ids or of `{ provider, id, quoted?, endpointId?, gpu?, gpuCount?, worker?, cost? }`
 * objects. A bare id takes the provider of `--provider`.
 */
export function parseRequests(text: string, file: string, defaultProvider: ProviderId | undefined): RequestEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let items: { value: unknown; line?: number; path: string }[];
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new GenspendError(
        `not valid JSON: ${(e as Error).message}`,
        { file },
        'write a JSON array of ids or of { provider, id } objects',
      );
    }
    items = (parsed as unknown[]).map((value, i) => ({ value, path: `[${i}]` }));
  } else {
    items = trimmed
      .split(/\r?\n/)
      .map((raw, i) => ({ value: raw.trim(), line: i + 1, path: '' }))
      .filter((x) => x.value !== '' && !(x.value as string).startsWith('#'));
  }
  if (!items.length) throw new GenspendError('lists no job', { file }, 'write one job id per line, or a JSON array');
  if (items.length > MAX_REQUESTS)
    throw new GenspendError(`lists ${items.length} jobs, more than ${MAX_REQUESTS}`, { file }, 'split it into several files');
  return items.map(({ value, line, path }) => entry(value, { file, ...(line ? { line } : {}), path }, defaultProvider));
}

type Where = { file: string; line?: number; path: string };

function fail(where: Where, message: string, fix: string): never {
  const at = where.path ? `${where.path}: ` : '';
  throw new GenspendError(`${at}${message}`, { file: where.file, ...(where.line ? { line: where.line } : {}) }, fix);
}

const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
};

function entry(value: unknown, where: Where, defaultProvider: ProviderId | undefined): RequestEntry {
  if (typeof value === 'string') {
    if (!defaultProvider)
      fail(
        where,
        `the id ${shown(value)} names no provider`,
        'give the provider with --provider, or write { "provider": ..., "id": ... } objects',
      );
    return bare(value, defaultProvider, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(where, `expected a job id or a { provider, id } object, got ${shown(value)}`, 'write ids as strings');
  const o = value as Record<string, unknown>;
  const stray = Object.keys(o).find((k) => !FIELDS.includes(k));
  if (stray) fail(where, `unknown field \`${stray}\``, `use ${FIELDS.join(', ')}`);
  const provider = o.provider === undefined ? defaultProvider : providerOf(o.provider, where);
  if (!provider) fail(where, 'the job names no provider', `add "provider": one of ${PROVIDER_IDS.join(', ')}`);
  if (typeof o.id !== 'string' || o.id.trim() === '') {
    if (!(provider === 'runware' && o.result !== undefined))
      fail(where, `expected \`id\` to be a job id, got ${shown(o.id)}`, 'give the job id as a string');
  }
  const text = (name: string) => {
    const v = o[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '')
      fail(where, `expected \`${name}\` to be a string, got ${shown(v)}`, `write ${name} as text`);
    return v.trim();
  };
  const amount = (name: string) => {
    const v = o[name];
    if (v === undefined || v === null) return undefined;
    const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (!DECIMAL.test(s))
      fail(where, `expected \`${name}\` to be a USD amount of 0 or more, got ${shown(v)}`, `write ${name} like "0.046"`);
    return s;
  };
  const worker = text('worker');
  if (worker !== undefined && worker !== 'flex' && worker !== 'active')
    fail(where, `expected \`worker\` to be flex or active, got ${shown(worker)}`, 'use flex (the default) or active');
  const gpuCount = amount('gpuCount');
  const job: RequestEntry = {
    provider,
    id: typeof o.id === 'string' ? o.id.trim() : '',
    ...(amount('quoted') !== undefined ? { quoted: amount('quoted')! } : {}),
    ...(text('endpointId') ? { endpointId: text('endpointId')! } : {}),
    ...(text('gpu') ? { gpu: text('gpu')! } : {}),
    ...(gpuCount !== undefined ? { gpuCount } : {}),
    ...(worker ? { worker } : {}),
    ...(where.line ? { line: where.line } : {}),
  };
  if (provider === 'runware') {
    if (o.result !== undefined) job.result = o.result;
    else if (o.cost !== undefined) job.result = { taskUUID: job.id, cost: o.cost };
    else
      fail(
        where,
        'a Runware job carries its `cost` (Runware has no per-task billing API)',
        'add "cost" from the task\'s result, sent with "includeCost": true',
      );
  } else if (o.cost !== undefined || o.result !== undefined) {
    fail(where, `\`cost\` and \`result\` are for Runware jobs; ${provider} bills are read from ${provider}`, 'leave them out');
  }
  if (provider === 'runpod') runpodNeeds(job, where);
  return job;
}

function bare(id: string, provider: ProviderId, where: Where): RequestEntry {
  if (provider === 'runware')
    fail(
      where,
      `a bare Runware id (${shown(id)}) has no cost to read`,
      'write { "provider": "runware", "id": ..., "cost": ... } from each result sent with "includeCost": true',
    );
  const job: RequestEntry = { provider, id, ...(where.line ? { line: where.line } : {}) };
  if (provider === 'runpod') runpodNeeds(job, where);
  return job;
}

function runpodNeeds(job: RequestEntry, where: Where): void {
  const missing = [!job.endpointId && 'endpointId', !job.gpu && 'gpu'].filter(Boolean);
  if (missing.length)
    fail(
      where,
      `a Runpod job needs ${missing.join(' and ')}`,
      'write { "provider": "runpod", "id": ..., "endpointId": ..., "gpu": "ADA_24" }: the job status is read per endpoint and its time priced at the GPU rate',
    );
}

function providerOf(value: unknown, where: Where): ProviderId {
  const p = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!PROVIDER_IDS.includes(p as ProviderId)) fail(where, `unknown provider ${shown(value)}`, `use one of ${PROVIDER_IDS.join(', ')}`);
  return p as ProviderId;
}
