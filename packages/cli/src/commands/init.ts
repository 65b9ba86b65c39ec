import { lstatSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest, defaultCatalog, PRICE_FILE_NAME } from '@genspend/core';
import { EXIT, UsageError, type Io } from '../io.js';
import { schemaId } from '../schema-ids.js';
import { STARTER_WORKLOADS, starterManifest, starterPrices } from './starter.js';

const PROVIDERS = Object.keys(STARTER_WORKLOADS);
const MANIFEST_FILE_NAME = 'genspend.yml';

export const initHelp = `Usage: genspend init [--provider <ids>] [--starter] [--prices] [--force]

Writes a genspend.yml in the current directory, with the schema line editors complete from.
When \`genspend scan\` finds model calls in the code here, it is a draft of them: one workload per
distinct call, the literal arguments filled in, \`runs:\` left for you (the estimate reads the
manifest once each is filled). Otherwise, or with --starter, a starter: one example workload per
provider, priced as written (\`genspend estimate genspend.yml\`).
  --provider <ids>  the starter's providers, comma-separated, from ${PROVIDERS.join(', ')} (default: all)
  --starter         write the starter even when the code calls providers
  --prices          also write a starter genspend.prices.yml (your own rates and discounts)
  --force           overwrite files that already exist`;

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      provider: { type: 'string', multiple: true },
      prices: { type: 'boolean' },
      starter: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(initHelp + '\n');
    return EXIT.pass;
  }
  if (positionals.length)
    throw new UsageError(`unexpected argument \`${positionals[0]}\`: genspend init writes into the current directory`);
  const providers = chosenProviders(values.provider);
  // the code is scanned unless a starter was asked for (or its providers chosen)
  const found =
    values.starter || values.provider ? [] : (await (await import('./scan.js')).scanTree(io.cwd, [], [])).sites.filter((s) => !s.ignored);
  const manifest = found.length
    ? (await import('./draft.js')).draftManifest(schemaId('manifest.schema.json'), found, defaultCatalog())
    : starterManifest(schemaId('manifest.schema.json'), providers);
  const files = [{ name: MANIFEST_FILE_NAME, text: manifest }];
  if (values.prices) files.push({ name: PRICE_FILE_NAME, text: starterPrices(schemaId('prices.schema.json'), providers) });

  // every file is checked before any is written, so a refusal leaves nothing half done
  for (const { name } of files) {
    // lstat: a link, even a dangling one, is never written through
    const found = lstatSync(resolve(io.cwd, name), { throwIfNoEntry: false });
    if (!found) continue;
    if (!values.force) throw new UsageError(`${name} already exists: edit it, or pass --force to replace it with the starter`);
    if (!found.isFile()) throw new UsageError(`${name} exists and is not a regular file: move it away first`);
  }
  for (const { name, text } of files) {
    writeFileSync(resolve(io.cwd, name), text);
    io.stdout.write(`wrote ${name}\n`);
  }
  if (found.length) io.stdout.write(`drafted from ${found.length} model call${found.length === 1 ? '' : 's'} in the code\n`);
  io.stdout.write(
    found.length
      ? `next: fill in \`runs:\` for each workload, then run \`genspend estimate ${MANIFEST_FILE_NAME}\`\n`
      : `next: edit the workloads, then run \`genspend estimate ${MANIFEST_FILE_NAME}\`\n`,
  );
  return EXIT.pass;
}

/** `--provider fal,runway` or `--provider fal --provider runway`, in the order given, once each. */
function chosenProviders(given: string[] | undefined): string[] {
  if (!given) return PROVIDERS;
  const ids = given.flatMap((g) => g.split(',')).map((id) => id.trim().toLowerCase());
  if (ids.some((id) => id === ''))
    throw new UsageError(`--provider has an empty name: list ids separated by commas, e.g. --provider fal,runway`);
  for (const id of ids) {
    if (PROVIDERS.includes(id)) continue;
    const guess = closest(id, PROVIDERS);
    throw new UsageError(
      `--provider: unknown provider \`${id}\` (${guess ? `did you mean \`${guess}\`?` : `use one of ${PROVIDERS.join(', ')}`})`,
    );
  }
  return [...new Set(ids)];
}
