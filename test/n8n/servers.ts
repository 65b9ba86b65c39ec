/**
 * Servers a test starts for itself: each listens on 127.0.0.1 and a free port only, logs to a
 * file in the test's own folder, and is stopped by its process id when the test ends (the
 * suite's afterAll, which runs after a failed beforeAll too, and the process's exit otherwise).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface Server {
  name: string;
  logFile: string;
  log(): string;
  /** Resolves when the log matches, rejects when the process exits first or time runs out. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a long-running process with its output going to `logFile`. */
export function startProcess(name: string, command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile: string }): Server {
  const fd = openSync(options.logFile, 'a');
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  running.add(child);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.on('exit', () => {
      exited = true;
      running.delete(child);
      resolve();
    });
    child.on('error', () => {
      exited = true;
      running.delete(child);
      resolve();
    });
  });
  const log = () => (existsSync(options.logFile) ? readFileSync(options.logFile, 'utf8') : '');
  return {
    name,
    logFile: options.logFile,
    log,
    async waitForLog(pattern, timeoutMs = 180_000) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(log())) {
        if (exited) throw new Error(`${name} exited before logging ${pattern}:\n${log().slice(-3000)}`);
        if (Date.now() > until) throw new Error(`${name} did not log ${pattern} in ${timeoutMs / 1000} s:\n${log().slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Debian's redis-server, in the foreground, with nothing written to disk. */
export async function startRedis(dir: string): Promise<Server & { port: number }> {
  const port = await freePort();
  const redis = startProcess(
    'redis-server',
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      logFile: join(dir, 'redis.log'),
    },
  );
  await redis.waitForLog(/Ready to accept connections/, 30_000);
  return Object.assign(redis, { port });
}

/** The newest PostgreSQL server binaries: GENSPEND_PG_BIN, else Debian's /usr/lib/postgresql/<n>/bin. */
function postgresBin(): string {
  if (process.env.GENSPEND_PG_BIN) return process.env.GENSPEND_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error('PostgreSQL server binaries not found: install `postgresql` or set GENSPEND_PG_BIN to the folder holding initdb');
  return join(root, newest, 'bin');
}

export interface Postgres {
  port: number;
  version: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster in a temp folder: trust auth for user `postgres`, TCP on 127.0.0.1 only,
 * its socket in the cluster folder, fsync off. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` system user the Debian package creates.
 */
export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  const port = await freePort();
  // a folder of its own under the system temp dir: the postgres user must be able to reach it
  const dir = mkdtempSync(join(tmpdir(), 'genspend-pg-'));
  const data = join(dir, 'pgdata');
  mkdirSync(data);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
    chownSync(data, id('-u'), id('-g'));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { encoding: 'utf8', cwd: dir })
      : execFileSync(join(bin, tool), args, { encoding: 'utf8', cwd: dir });
  pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  pg('pg_ctl', ['-D', data, '-o', options, '-l', join(data, 'server.log'), '-w', 'start']);
  const version = pg('postgres', ['--version']).trim();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.on('exit', () => {
    if (!stopped) {
      try {
        pg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // already down
      }
    }
  });
  return { port, version, stop };
}
