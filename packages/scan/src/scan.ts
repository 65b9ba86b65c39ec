import { parseExpression } from '@babel/parser';
import type { CallSite, QuoteProvider, ScanLiteral } from '@genspend/core';
import { parse as parseToml } from 'smol-toml';
import { readJavaScript } from './javascript.js';
import { matchCall, type Match } from './match.js';
import { readPython } from './python.js';
import { HOLE, matchUrl, mayHoldCalls } from './urls.js';
import type { FoundCall } from './value.js';
import { base, extension } from './paths.js';

/** What one file holds: its call sites, and why it could not be read when it could not. */
export interface FileScan {
  readonly sites: CallSite[];
  /** Set when the file does not parse even with the parser's error recovery: its calls are unknown. */
  readonly problem?: string;
}

/**
 * The call sites in one file's text. `file` is the repository-relative path reported, and
 * decides the language. Code with errors is read as far as the parser recovers; past that the
 * file's problem is said, never thrown.
 */
export function scanFile(file: string, text: string): FileScan {
  try {
    return { sites: scanSource(file, text) };
  } catch (e) {
    if (e instanceof SyntaxError) {
      const at = (e as SyntaxError & { loc?: { line: number; column: number } }).loc;
      const message = e.message.replace(/\s*\(\d+:\d+\)$/, '');
      return { sites: [], problem: `does not parse${at ? ` at line ${at.line}, column ${at.column + 1}` : ''}: ${message}` };
    }
    throw e;
  }
}

/** scanFile's sites; throws a SyntaxError for code the parser cannot recover from. */
export function scanSource(file: string, text: string): CallSite[] {
  const ext = extension(file);
  if (!mayHoldCalls(file, text)) return [];
  if (ext === '.py') {
    const parsed = readPython(text);
    return sitesOf(file, parsed.calls, parsed.strings, parsed.comments);
  }
  if (ext === '.json') return scanJson(file, text);
  if (ext === '.toml') return base(file) === 'runpod.toml' ? scanRunpodToml(file, text) : [];
  const parsed = readJavaScript(file, text);
  return sitesOf(file, parsed.calls, parsed.strings, parsed.comments);
}

interface FoundString {
  text: string;
  line: number;
  column: number;
  statementLine: number;
}

function sitesOf(file: string, calls: readonly FoundCall[], strings: readonly FoundString[], comments: Map<number, string>): CallSite[] {
  const sites: CallSite[] = [];
  const directive = directives(comments);
  for (const call of calls) {
    const m = matchCall(call);
    if (m) sites.push(site(file, call.line, call.column, m, directive(call.line, call.statementLine)));
  }
  const seen = new Set<string>();
  for (const s of strings) {
    const u = matchUrl(s.text);
    if (!u) continue;
    // `'https://api.runware.ai/v1' + path` is one URL: the longest string on a line stands for it
    const key = `${s.line}:${u.provider}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m: Match = {
      provider: u.provider,
      sdk: 'http',
      call: u.url,
      model: u.model,
      ...(u.task ? { task: u.task } : {}),
      arguments: {},
      dynamic: u.dynamicModel ? ['model'] : [],
    };
    sites.push(site(file, s.line, s.column, m, directive(s.line, s.statementLine)));
  }
  return sites.sort((a, b) => a.line - b.line || a.column - b.column);
}

function site(file: string, line: number, column: number, m: Match, d: { workload?: string; ignored?: boolean }): CallSite {
  return { file, line, column, ...m, ...d };
}

/**
 * The directive governing a call: `genspend: <name>` or `genspend-ignore` in a comment on the
 * call's own line, or in the run of comment lines right above the statement holding it.
 */
function directives(comments: Map<number, string>) {
  const read = (text: string | undefined): { workload?: string; ignored?: boolean } | undefined => {
    if (text === undefined) return undefined;
    const t = text.replace(/^\*+/, '').trim();
    if (/^genspend-ignore\b/i.test(t)) return { ignored: true };
    const m = /^genspend:\s*(.+?)\s*(?:\*\/)?$/i.exec(t);
    return m ? { workload: m[1]! } : undefined;
  };
  return (line: number, statementLine: number) => {
    const same = read(comments.get(line)) ?? (statementLine !== line ? read(comments.get(statementLine)) : undefined);
    if (same) return same;
    for (let l = Math.min(line, statementLine) - 1; comments.has(l); l--) {
      const d = read(comments.get(l));
      if (d) return d;
    }
    return {};
  };
}

type JsonNode = { type: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

/** JSON read with Babel's expression parser, so every value keeps its line. */
function jsonTree(text: string): JsonNode | undefined {
  try {
    return parseExpression(text, { errorRecovery: false }) as unknown as JsonNode;
  } catch {
    return undefined;
  }
}
const jsonProps = (node: JsonNode | undefined): Map<string, JsonNode> => {
  const out = new Map<string, JsonNode>();
  if (node?.type !== 'ObjectExpression') return out;
  for (const p of node.properties as JsonNode[]) {
    const key = p.key as JsonNode;
    if (p.type === 'ObjectProperty' && key.type === 'StringLiteral') out.set(String(key.value), p.value as JsonNode);
  }
  return out;
};
function jsonValue(node: JsonNode | undefined): ScanLiteral | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'StringLiteral':
      return String(node.value);
    case 'NumericLiteral':
      return Number(node.value);
    case 'BooleanLiteral':
      return Boolean(node.value);
    case 'NullLiteral':
      return null;
    case 'UnaryExpression':
      return node.operator === '-' && (node.argument as JsonNode).type === 'NumericLiteral'
        ? -Number((node.argument as JsonNode).value)
        : undefined;
    case 'ArrayExpression':
      return (node.elements as JsonNode[]).map((e) => jsonValue(e) ?? null);
    case 'ObjectExpression':
      return Object.fromEntries([...jsonProps(node)].map(([k, v]) => [k, jsonValue(v) ?? null]));
    default:
      return undefined;
  }
}
const where = (node: JsonNode) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

function scanJson(file: string, text: string): CallSite[] {
  const name = base(file);
  const inRunpod = file === `.runpod/${name}` || file.endsWith(`/.runpod/${name}`);
  if (inRunpod && (name === 'hub.json' || name === 'tests.json')) return scanRunpodJson(file, text);
  const tree = jsonTree(text);
  const root = jsonProps(tree);
  const nodes = root.get('nodes');
  if (nodes?.type !== 'ArrayExpression' || !root.has('connections')) return [];
  const sites: CallSite[] = [];
  for (const node of nodes.elements as JsonNode[]) {
    const fields = jsonProps(node);
    const type = jsonValue(fields.get('type'));
    const nodeName = String(jsonValue(fields.get('name')) ?? type);
    const params = jsonProps(fields.get('parameters'));
    const disabled = jsonValue(fields.get('disabled')) === true;
    if (typeof type !== 'string') continue;
    if (type === 'n8n-nodes-base.httpRequest') {
      const url = jsonValue(params.get('url'));
      if (typeof url !== 'string') continue;
      const u = matchUrl(n8nText(url));
      if (!u) continue;
      const body = n8nBody(params);
      const { line, column } = where(node);
      sites.push({
        file,
        line,
        column,
        provider: u.provider,
        sdk: 'n8n',
        call: `${nodeName}: ${u.url}`,
        model: u.model ?? (typeof body.values.model === 'string' ? body.values.model : null),
        ...(u.task ? { task: u.task } : {}),
        arguments: body.values,
        dynamic: [...(u.dynamicModel ? ['model'] : []), ...body.dynamic],
        ...(disabled ? { ignored: true } : {}),
      });
    } else if (/genspend/i.test(type)) {
      const provider = jsonValue(params.get('provider'));
      if (typeof provider !== 'string' || !isProvider(provider)) continue;
      const modelKey = [...params.keys()].find((k) => /^model/i.test(k));
      const model = modelKey ? jsonValue(params.get(modelKey)) : undefined;
      const literal = typeof model === 'string' && !model.startsWith('=') ? model : null;
      const { line, column } = where(node);
      sites.push({
        file,
        line,
        column,
        provider,
        sdk: 'n8n',
        call: `${nodeName}: ${type}`,
        model: literal,
        arguments: {},
        dynamic: literal === null ? ['model'] : [],
        ...(disabled ? { ignored: true } : {}),
      });
    }
  }
  return sites;
}

const isProvider = (p: string): p is QuoteProvider => ['fal', 'runway', 'runware', 'runpod'].includes(p);

/** An n8n parameter's value with its `{{ expression }}` parts as HOLE (an `=` prefix marks an expression). */
function n8nText(value: string): string {
  if (!value.startsWith('=')) return value;
  return value.slice(1).replace(/\{\{[\s\S]*?\}\}/g, HOLE);
}

const N8N_HOLE = '__genspend_expression__';

/** An HTTP Request node's JSON body, when it is written out rather than computed. */
function n8nBody(params: Map<string, JsonNode>): { values: Record<string, ScanLiteral>; dynamic: string[] } {
  const json = jsonValue(params.get('jsonBody'));
  if (typeof json === 'string') {
    // an expression inside a JSON string (`"prompt": "{{ $json.prompt }}"`) makes that field dynamic;
    // one outside a string leaves the body unreadable, so all of it is
    const text = n8nText(json).replaceAll(HOLE, N8N_HOLE);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { values: {}, dynamic: ['...'] };
    }
    const task = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!task || typeof task !== 'object' || Array.isArray(task)) return { values: {}, dynamic: ['...'] };
    const values: Record<string, ScanLiteral> = {};
    const dynamic: string[] = [];
    for (const [key, value] of Object.entries(task as Record<string, ScanLiteral>)) {
      if (JSON.stringify(value).includes(N8N_HOLE)) dynamic.push(key);
      else values[key] = value;
    }
    return { values, dynamic };
  }
  const list = jsonValue(params.get('bodyParameters'));
  const items = list && typeof list === 'object' && !Array.isArray(list) ? (list as Record<string, ScanLiteral>).parameters : undefined;
  const values: Record<string, ScanLiteral> = {};
  const dynamic: string[] = [];
  if (Array.isArray(items)) {
    for (const item of items) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const { name, value } = item as Record<string, ScanLiteral>;
      if (typeof name !== 'string') continue;
      if (typeof value === 'string' && value.startsWith('=')) dynamic.push(name);
      else if (value !== undefined) values[name] = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    }
  }
  return { values, dynamic };
}

/** A Runpod endpoint config: the GPUs it runs on (hub.json `config.gpuIds`, tests.json `config.gpuTypeId`). */
function scanRunpodJson(file: string, text: string): CallSite[] {
  const config = jsonProps(jsonTree(text)).get('config');
  const fields = jsonProps(config);
  const key = fields.has('gpuIds') ? 'gpuIds' : fields.has('gpuTypeId') ? 'gpuTypeId' : fields.has('gpuTypeIds') ? 'gpuTypeIds' : undefined;
  if (!config || !key) return [];
  const value = jsonValue(fields.get(key));
  const gpus = gpuList(value);
  const count = jsonValue(fields.get('gpuCount'));
  const { line, column } = where(fields.get(key)!);
  return [runpodConfigSite(file, line, column, `config.${key}`, gpus, count)];
}

function scanRunpodToml(file: string, text: string): CallSite[] {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const project = (data.project ?? {}) as Record<string, unknown>;
  const value = project.gpu_types ?? project.gpu;
  if (value === undefined) return [];
  const gpus = gpuList(value as ScanLiteral);
  const key = project.gpu_types !== undefined ? 'gpu_types' : 'gpu';
  // the parser gives no positions: the line is the one that sets the key
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.trimStart().startsWith(key));
  const count = project.gpu_count;
  return [runpodConfigSite(file, index + 1 || 1, 1, `project.${key}`, gpus, typeof count === 'number' ? count : undefined)];
}

function gpuList(value: ScanLiteral | undefined): string[] {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('-'));
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function runpodConfigSite(
  file: string,
  line: number,
  column: number,
  key: string,
  gpus: string[],
  count: ScanLiteral | undefined,
): CallSite {
  return {
    file,
    line,
    column,
    provider: 'runpod',
    sdk: 'runpod-config',
    call: key,
    model: null,
    arguments: { gpu: gpus, ...(typeof count === 'number' ? { gpuCount: count } : {}) },
    dynamic: gpus.length ? [] : ['gpu'],
  };
}
