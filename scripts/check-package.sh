#!/usr/bin/env bash
# Packs the `genspend` package as npm would publish it, installs the tarball into an empty
# project outside this repository (nothing but the registry for its dependencies), and runs the
# README's examples from there: the CLI through npx, and the library from JavaScript and
# TypeScript. Usage: bash scripts/check-package.sh (after `npm ci`, which builds).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$repo/packages/cli" && npm pack --silent --pack-destination "$work" >/dev/null)
tarball=$(ls "$work"/genspend-*.tgz)
echo "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB)"

# what the package must ship
listing=$(tar -tzf "$tarball")
for f in package/bin/genspend.js package/dist/genspend.mjs package/dist/lib.mjs package/dist/lib.d.ts \
  package/dist/THIRD-PARTY-LICENSES.txt package/LICENSE package/README.md package/catalog/fal.yml \
  package/schema/manifest.schema.json package/schema/catalog.schema.json; do
  grep -qx "$f" <<<"$listing" || { echo "the package lacks $f"; exit 1; }
done
if grep -q '"@genspend/' <(tar -xOzf "$tarball" package/package.json | node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(0,"utf8")).dependencies ?? {}))'); then
  echo "the package depends on a private workspace package"
  exit 1
fi

project="$work/project"
mkdir -p "$project"
cd "$project"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "$tarball"

version=$(npx --no-install genspend --version)
[ "$version" = "$(node -p "require('$repo/packages/cli/package.json').version")" ] || { echo "--version says $version"; exit 1; }
echo "npx genspend --version: $version"

cp "$repo/examples/genspend.yml" genspend.yml
npx --no-install genspend estimate genspend.yml >estimate.txt
grep -q 'TOTAL' estimate.txt || { cat estimate.txt; echo "estimate printed no total"; exit 1; }
echo "genspend estimate genspend.yml: $(grep TOTAL estimate.txt | tr -s ' ')"

# diff against a git ref: the base is the committed manifest, the head doubles its first runs
git init -q -b main . && git -c user.email=ci@example.invalid -c user.name=ci add genspend.yml &&
  git -c user.email=ci@example.invalid -c user.name=ci commit -qm base
node -e 'const fs=require("fs"); fs.writeFileSync("genspend.yml", fs.readFileSync("genspend.yml","utf8").replace(/runs: (\d+)/, (_, n) => `runs: ${2 * n}`))'
set +e
npx --no-install genspend diff --base main --head genspend.yml --format json >diff.json
status=$?
set -e
[ "$status" -le 1 ] || { cat diff.json; echo "diff exited $status"; exit 1; }
node -e 'const d=JSON.parse(require("fs").readFileSync("diff.json","utf8")); if (!(Number(d.delta ?? d.totals?.delta ?? d.diff?.delta) > 0)) { console.error(JSON.stringify(d).slice(0,400)); process.exit(1) }'
echo "genspend diff --base main: exit $status, a positive delta"

npx --no-install genspend prices runway gen4_turbo | grep -q gen4_turbo
echo "genspend prices runway gen4_turbo: ok"

# the example repository as a user copies it (its own package.json: run the installed bin by path),
# and a starter written by `genspend init` in an empty folder
genspend="$project/node_modules/.bin/genspend"
cp -R "$repo/examples/repository" example
(cd example && "$genspend" estimate genspend.yml --format json) >example.json
node -e 'const e=JSON.parse(require("fs").readFileSync("example.json","utf8")); if (e.total !== "115.5" || !e.workloads.some((w) => w.basis === "contract")) { console.error(JSON.stringify(e).slice(0,400)); process.exit(1) }'
echo "the example repository estimates with its price file: total $(node -p 'require("./example.json").total')"
mkdir starter && (cd starter && "$genspend" init --prices >/dev/null && "$genspend" estimate genspend.yml >/dev/null)
head -1 starter/genspend.yml | grep -qF "$(node -p "'\$schema=' + require('$repo/schema/manifest.schema.json').\$id")" || { head -1 starter/genspend.yml; echo "genspend init wrote no schema line"; exit 1; }
echo "genspend init --prices, then estimate: ok"

# the library, from JavaScript and with its types
cat >use.mjs <<'JS'
import { defaultCatalog, estimateManifests, parseManifest } from 'genspend';
const manifest = parseManifest('version: 1\nperiod: month\nworkloads:\n  - name: hero\n    provider: runway\n    model: gen4_turbo\n    runs: 10\n    seconds: 5\n', 'inline.yml');
const estimate = estimateManifests([manifest], defaultCatalog());
console.log(estimate.total.toFixed(2));
JS
node use.mjs | grep -qx '[0-9]*\.[0-9][0-9]' || { node use.mjs; echo "the library gave no total"; exit 1; }
echo "library (JavaScript): total $(node use.mjs)"
cp use.mjs use.mts
node "$repo/node_modules/typescript/bin/tsc" --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck false --types node --typeRoots "$repo/node_modules/@types" use.mts
echo "library (TypeScript): the declarations type-check"
