// The licence texts of the third-party packages a bundle contains, for a licences file beside
// it: esbuild drops their banners (legalComments: 'none'), and MIT, ISC, BSD and Apache all ask
// that the notice travel with the code. Read from esbuild's metafile, so the file lists exactly
// what was bundled, sorted so the output is the same byte for byte from the same inputs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The package root of each node_modules input with code in the bundle. */
function packagesOf(metafile, cwd) {
  const roots = new Set();
  // inputs whose code is in an output: a module tree-shaken to nothing carries no notice
  const used = Object.values(metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([name]) => name),
  );
  for (const input of used) {
    const path = resolve(cwd, input);
    const at = path.lastIndexOf('/node_modules/');
    if (at < 0) continue;
    const rest = path.slice(at + '/node_modules/'.length).split('/');
    const depth = rest[0].startsWith('@') ? 2 : 1;
    roots.add(join(path.slice(0, at), 'node_modules', ...rest.slice(0, depth)));
  }
  return [...roots];
}

function licenseText(root) {
  const file = readdirSync(root).find((name) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(name));
  return file ? readFileSync(join(root, file), 'utf8').trim() : undefined;
}

/**
 * Writes `outfile` listing each bundled package with its version, licence and licence text.
 * A package shipping no licence file fails the build: its notice cannot be carried.
 */
export function writeLicenses(metafiles, outfile, cwd = process.cwd()) {
  const seen = new Map();
  for (const metafile of metafiles) {
    for (const root of packagesOf(metafile, cwd)) {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const key = `${pkg.name}@${pkg.version}`;
      if (seen.has(key)) continue;
      const text = licenseText(root);
      if (!text) throw new Error(`${key} (${root}) has no licence file to ship beside the bundle`);
      seen.set(key, { key, license: typeof pkg.license === 'string' ? pkg.license : 'see text', text });
    }
  }
  const entries = [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const body = entries.map((e) => `${e.key} (${e.license})\n\n${e.text}\n`).join(`\n${'-'.repeat(72)}\n\n`);
  const head = `Third-party software bundled in this folder's JavaScript files, with their licences.\n\n${'='.repeat(72)}\n\n`;
  if (!existsSync(dirname(outfile))) throw new Error(`no folder for ${outfile}`);
  writeFileSync(outfile, head + body);
  return entries.length;
}
