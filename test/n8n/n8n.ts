/**
 * One headless n8n for a test run: its own user folder (database, encryption key), the nodes
 * package installed from its `npm pack` tarball as a community package, and the CLI's
 * import:credentials, import:workflow and execute --rawOutput. Commands run asynchronously, so
 * the local provider stand-ins in this process can answer n8n's requests meanwhile.
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Runtime } from './runtime.js';
import { freePort, startProcess, type Server } from './servers.js';

const run = promisify(execFile);
export const NODES_DIR = join(import.meta.dirname, '../../nodes');

export interface Item {
  json: Record<string, unknown>;
  pairedItem?: unknown;
}

export interface NodeRun {
  /** Items per output. */
  main: Item[][];
  executionTime: number;
  error?: Record<string, unknown>;
}

export interface Execution {
  exitCode: number;
  status: string | undefined;
  runData: Record<string, NodeRun[]>;
  error: Record<string, unknown> | undefined;
  output: string;
}

/** The first complete JSON object in `text` that starts a line (n8n logs before and after it). */
export function firstJsonObject(text: string): unknown {
  const start = text.startsWith('{') ? 0 : text.indexOf('\n{') + 1;
  if (start <= 0 && !text.startsWith('{')) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  return undefined;
}

export interface StartOptions {
  /** Install the nodes package (default true); false stands for an instance someone forgot. */
  withPackage?: boolean;
  /** More environment for every command of this instance (queue mode, database). */
  env?: Record<string, string>;
}

export class N8n {
  private commands = 0;
  private readonly servers: Server[] = [];

  private constructor(
    private readonly runtime: Runtime,
    readonly home: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A fresh user folder, with the nodes package installed in it unless told otherwise. */
  static async start(runtime: Runtime, options: StartOptions = {}): Promise<N8n> {
    const home = mkdtempSync(join(tmpdir(), 'genspend-n8n-'));
    const packages = join(home, 'user/.n8n/nodes');
    mkdirSync(packages, { recursive: true });
    if (options.withPackage ?? true) await installPackage(home, packages);
    // a test runner's environment (NODE_ENV=test, VITEST_*, NODE_OPTIONS) makes n8n refuse to start
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|NODE_OPTIONS|VITEST.*|TEST|N8N_.*)$/.test(name)),
    );
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      PATH: [runtime.nodeBin, process.env.PATH].join(delimiter),
      N8N_USER_FOLDER: join(home, 'user'),
      N8N_ENCRYPTION_KEY: 'genspend-e2e-encryption-key',
      N8N_DIAGNOSTICS_ENABLED: 'false',
      N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
      N8N_RUNNERS_BROKER_PORT: String(await freePort()),
      N8N_LOG_LEVEL: 'info',
      NO_COLOR: '1',
      ...options.env,
    };
    return new N8n(runtime, home, env);
  }

  /**
   * Starts a long-running n8n command (`start`, `worker`) with this instance's environment plus
   * `env`; its log is in `<home>/<name>.log`. Stopped with the instance.
   */
  serve(name: string, args: string[], env: Record<string, string> = {}): Server {
    const server = startProcess(name, join(this.runtime.nodeBin, 'node'), [this.runtime.n8n, ...args], {
      env: { ...this.env, ...env },
      logFile: join(this.home, `${name}.log`),
    });
    this.servers.push(server);
    return server;
  }

  /**
   * Runs an n8n command with its output going to a file: n8n exits right after printing, and
   * a large run's data printed into a pipe would be cut short.
   */
  private async cli(args: string[]): Promise<{ exitCode: number; signal: string | null; output: string }> {
    const file = join(this.home, `output-${++this.commands}.txt`);
    const fd = openSync(file, 'w');
    try {
      const child = spawn(join(this.runtime.nodeBin, 'node'), [this.runtime.n8n, ...args], { env: this.env, stdio: ['ignore', fd, fd] });
      const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
      const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', (code, signal) => resolve({ code, signal }));
      }).finally(() => clearTimeout(timer));
      return { exitCode: code ?? 128, signal, output: readFileSync(file, 'utf8') };
    } finally {
      closeSync(fd);
    }
  }

  private async importFile(command: string, data: unknown): Promise<void> {
    const file = join(this.home, `${command.replace(':', '-')}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(data));
    const result = await this.cli([command, `--input=${file}`]);
    const imported = result.signal === 'SIGSEGV' && /Successfully imported/.test(result.output);
    if (result.exitCode !== 0 && !imported) throw new Error(`n8n ${command} failed:\n${result.output}`);
  }

  importCredentials(credentials: unknown[]): Promise<void> {
    return this.importFile('import:credentials', credentials);
  }

  importWorkflows(workflows: unknown[]): Promise<void> {
    return this.importFile('import:workflow', workflows);
  }

  /** Runs a workflow from its Manual Trigger: exit 0 on success, 1 when a node throws. */
  async execute(id: string): Promise<Execution> {
    const result = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
    const { output } = result;
    const raw = firstJsonObject(output) as
      { status?: string; data?: { resultData?: { runData?: Record<string, NodeRun[]>; error?: Record<string, unknown> } } } | undefined;
    // n8n 2.41.1 on Node 24 now and then dies of SIGSEGV while shutting down, after it has
    // printed the finished run (a bare Manual Trigger -> No Op workflow does it too): the
    // printed status then stands for the exit code it would have set
    let { exitCode } = result;
    if (result.signal === 'SIGSEGV' && (raw?.status === 'success' || raw?.status === 'error')) {
      process.stderr.write(`n8n crashed on exit after finishing the run of ${id} (status ${raw.status})\n`);
      exitCode = raw.status === 'success' ? 0 : 1;
    }
    const runData = Object.fromEntries(
      Object.entries(raw?.data?.resultData?.runData ?? {}).map(([name, runs]) => [
        name,
        runs.map((r) => {
          const data = (r as unknown as { data?: { main?: Item[][] } }).data;
          return { main: data?.main ?? [], executionTime: r.executionTime, ...(r.error ? { error: r.error } : {}) };
        }),
      ]),
    );
    return { exitCode, status: raw?.status, runData, error: raw?.data?.resultData?.error, output };
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((server) => server.stop()));
    rmSync(this.home, { recursive: true, force: true });
  }
}

/**
 * Packs the built nodes package and installs the tarball where n8n keeps community packages
 * (`<user folder>/.n8n/nodes`), as its own installer (or `npm install` there by hand) would; n8n
 * loads it from there at start.
 */
async function installPackage(home: string, packages: string): Promise<void> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', home], { cwd: NODES_DIR });
  const [packed] = JSON.parse(stdout) as [{ filename: string }];
  writeFileSync(join(packages, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true }));
  // the package's only peer, n8n-workflow, is n8n's own: nothing else to install
  await run('npm', ['install', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', join(home, packed.filename)], {
    cwd: packages,
  });
}

/** The items a node put on one of its outputs in its first run. */
export function outputOf(execution: Execution, node: string, output = 0): Item[] {
  const runs = execution.runData[node];
  if (!runs?.length) throw new Error(`node "${node}" did not run:\n${execution.output.slice(-3000)}`);
  return runs[0]!.main[output] ?? [];
}
