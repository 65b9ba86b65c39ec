/**
 * A real n8n to run the nodes in: n8n 2.41.1 on Node 24, both from the npm registry, pinned by
 * the lockfile in ./runtime and installed into a folder of their own (about 2.9 GB, some
 * minutes cold). n8n installs with --ignore-scripts (its isolated-vm builds only on the newest
 * Node lines); then sqlite3 and Node 24 run their own install steps through `npm rebuild`.
 * The folder is reused while the lockfile is unchanged.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PINNED = join(import.meta.dirname, 'runtime');

export interface Runtime {
  dir: string;
  /** n8n's own entry script, run with the Node below. */
  n8n: string;
  /** Node 24's bin folder: first on PATH for n8n. */
  nodeBin: string;
}

/** Where the runtime lives: GENSPEND_N8N_RUNTIME, else `.n8n-runtime` at the repository root. */
export function runtimeDir(): string {
  return resolve(process.env.GENSPEND_N8N_RUNTIME || join(import.meta.dirname, '../../.n8n-runtime'));
}

export function ensureRuntime(dir = runtimeDir(), log: (line: string) => void = () => {}): Runtime {
  const runtime = { dir, n8n: join(dir, 'node_modules/n8n/bin/n8n'), nodeBin: join(dir, 'node_modules/node/bin') };
  const lock = readFileSync(join(PINNED, 'package-lock.json'), 'utf8');
  const marker = join(dir, '.installed-lock.json');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lock && existsSync(runtime.n8n) && existsSync(join(runtime.nodeBin, 'node'))) {
    return runtime;
  }
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(PINNED, file), join(dir, file));
  const npm = (args: string[]) => {
    log(`npm ${args.join(' ')}`);
    execFileSync('npm', args, {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
    });
  };
  // install, not ci: the lock has no entries for optional platform builds the registry does not serve, which ci refuses
  npm(['install', '--ignore-scripts']);
  npm(['rebuild', 'sqlite3', 'node']);
  const version = execFileSync(join(runtime.nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected Node 24 in ${runtime.nodeBin}, found ${version}`);
  writeFileSync(marker, lock);
  return runtime;
}

// `npx tsx test/n8n/runtime.ts` installs it ahead of the suite (CI does, as a step of its own)
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const runtime = ensureRuntime(runtimeDir(), (line) => process.stdout.write(`${line}\n`));
  const version = JSON.parse(readFileSync(join(runtime.dir, 'node_modules/n8n/package.json'), 'utf8')).version;
  process.stdout.write(`n8n ${version} on Node 24 ready in ${runtime.dir}\n`);
}
