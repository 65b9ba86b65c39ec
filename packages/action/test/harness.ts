import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import jsyaml from 'js-yaml';

export const ROOT = new URL('../../..', import.meta.url).pathname;
/** The committed bundle, run exactly as the runner runs `main:` from action.yml. */
export const BUNDLE = join(ROOT, 'packages/action/dist/index.js');

/** action.yml's inputs and outputs, as users see them. */
export const ACTION_YML = jsyaml.load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
/** Input defaults (an expression such as `${{ github.token }}` is the runner's to fill, and is left out). */
const ACTION_DEFAULTS = Object.fromEntries(
  Object.entries(ACTION_YML.inputs)
    .filter(([, i]) => i.default !== undefined && !String(i.default).includes('${{'))
    .map(([name, i]) => [name, String(i.default)]),
);

/** Temporary folders of one test file, removed in afterAll. */
export function scratch(prefix: string) {
  const dirs: string[] = [];
  return {
    dir(): string {
      const d = mkdtempSync(join(tmpdir(), `genspend-${prefix}-`));
      dirs.push(d);
      return d;
    },
    cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .toString()
    .trim();
}

function writeTree(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A git repository with a base commit and a head commit on top (the head's tree replaces the base's). */
export function makeRepo(dir: string, base: Record<string, string>, head: Record<string, string>) {
  git(dir, 'init', '-q', '-b', 'main');
  writeTree(dir, { 'README.md': 'test\n', ...base });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  for (const path of Object.keys(base)) if (!(path in head)) rmSync(join(dir, path));
  writeTree(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export function prEvent(baseSha: string, headSha: string, options: { number?: number; fork?: boolean } = {}) {
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'o/r' } },
      head: { sha: headSha, ref: 'feature', repo: { full_name: options.fork ? 'someone/r' : 'o/r' } },
    },
    repository: { full_name: 'o/r' },
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands (::error ...::, ::warning ...::) from stdout. */
  commands: string[];
}

/** GITHUB_OUTPUT uses heredoc-style records: name<<delimiter, value, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** Runs the bundle with the runner's environment; the API stand-in answers on 127.0.0.1. */
export async function runAction(options: {
  workspace: string;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  runId?: number;
  runAttempt?: number;
  /** More environment, e.g. a step's `env:` (provider keys in balance mode). */
  env?: Record<string, string>;
}): Promise<RunResult> {
  const temp = mkdtempSync(join(tmpdir(), 'genspend-runner-'));
  try {
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event));
    writeFileSync(join(temp, 'output'), '');
    writeFileSync(join(temp, 'summary.md'), '');
    // the runner sets every input action.yml declares, to its default when the workflow omits it
    const inputs = { ...ACTION_DEFAULTS, 'github-token': 'ghs_test_token', ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_RUN_ID: String(options.runId ?? 100),
      GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
      RUNNER_TEMP: temp,
      NO_PROXY: '127.0.0.1',
      ...options.env,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    const outputs = parseOutputs(readFileSync(join(temp, 'output'), 'utf8'));
    // the report file lives in RUNNER_TEMP: read it before the folder goes
    if (outputs['report-path']) outputs['report'] = readFileSync(outputs['report-path'], 'utf8');
    return {
      code,
      stdout,
      stderr,
      outputs,
      summary: readFileSync(join(temp, 'summary.md'), 'utf8'),
      commands: stdout.split('\n').filter((l) => l.startsWith('::')),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A Runway Veo 3.1 Fast workload: 8 s at 10 credits/s = $0.80 a run. */
export const veo = (name: string, runs: number) =>
  `  - { name: ${JSON.stringify(name)}, provider: runway, model: veo3.1_fast, runs: ${runs}, seconds: 8, audio: false }\n`;

export const manifest = (workloads: string, budget = '') => `version: 1\nperiod: month\n${budget}workloads:\n${workloads}`;
