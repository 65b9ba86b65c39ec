// One version for the CLI package, the workspace packages, the n8n package and the Action.
//   node scripts/version.mjs 1.2.0           set it everywhere (package.json files, lockfiles,
//                                            workspace pins); CHANGELOG.md must have its section
//   node scripts/version.mjs --check 1.2.0   exit 1 unless every package is at 1.2.0
//   node scripts/version.mjs --notes 1.2.0   print that version's CHANGELOG section
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const MANIFESTS = [
  'package.json',
  'packages/core/package.json',
  'packages/providers/package.json',
  'packages/files/package.json',
  'packages/cli/package.json',
  'packages/action/package.json',
  'nodes/package.json',
];
const LOCKS = ['package-lock.json', 'nodes/package-lock.json'];
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const write = (file, json) => writeFileSync(join(root, file), JSON.stringify(json, null, 2) + '\n');

function notes(version) {
  const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const heading = new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`, 'm');
  const at = text.search(heading);
  if (at < 0) return undefined;
  const rest = text.slice(at).split('\n').slice(1).join('\n');
  const next = rest.search(/^## /m);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

function fail(message) {
  console.error(`version: ${message}`);
  process.exit(1);
}

const [flag, value] = process.argv.slice(2);
const version = flag?.startsWith('--') ? value : flag;
if (!version || !SEMVER.test(version)) fail('give a version such as 1.2.0 (after --check or --notes, or alone to set it)');

if (flag === '--check') {
  const off = MANIFESTS.filter((f) => read(f).version !== version).map((f) => `${f} is ${read(f).version}`);
  if (!notes(version)) off.push(`CHANGELOG.md has no "## ${version}" section`);
  if (off.length) fail(`not at ${version}: ${off.join('; ')}`);
  console.log(`every package is at ${version}`);
} else if (flag === '--notes') {
  const section = notes(version);
  if (!section) fail(`CHANGELOG.md has no "## ${version}" section`);
  console.log(section);
} else {
  if (!notes(version)) fail(`add a "## ${version}" section to CHANGELOG.md first`);
  const names = new Set(MANIFESTS.map((f) => read(f).name));
  const pin = (deps) => {
    for (const name of Object.keys(deps ?? {}))
      // a pinned version moves with the release; a `file:` link stays
      if (names.has(name) && SEMVER.test(deps[name])) deps[name] = version;
  };
  for (const file of MANIFESTS) {
    const json = read(file);
    json.version = version;
    pin(json.dependencies);
    pin(json.devDependencies);
    write(file, json);
  }
  for (const file of LOCKS) {
    const lock = read(file);
    lock.version = version;
    for (const [path, entry] of Object.entries(lock.packages ?? {})) {
      if (path === '' || /^packages\/[^/]+$/.test(path) || (path.startsWith('node_modules/@genspend/') && entry.link !== true))
        entry.version = version;
      pin(entry.dependencies);
      pin(entry.devDependencies);
    }
    write(file, lock);
  }
  console.log(`set ${version} in ${MANIFESTS.length} packages and ${LOCKS.length} lockfiles`);
}
