import { lstatSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest, PRICE_FILE_NAME } from '@genspend/core';
import { EXIT, UsageError, type Io } from '../io.js';
import { schemaId } from '../schema-ids.js';
import { STARTER_WORKLOADS, starterManifest, starterPrices } from './starter.js';

const PROVIDERS = Object.keys(STARTER_WORKLOADS);
const MANIFEST_FILE_NAME = 'genspend.yml';

export const initHelp = `Usage: genspend init [--provider <ids>] [--prices] [--force]

Writes a starter genspend.yml in the current directory: one example workload per provider,
priced as written (\`genspend estimate genspend.yml\`), with the schema line editors complete from.
  --provider <ids>  comma-separated, from ${PROVIDERS.join(', ')} (default: all of them)
  --prices          also write a starter genspend.prices.yml (your own rates and discounts)
  --force           overwrite files that already exist`;

export function initCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      provider: { type: 'string', multiple: true },
      prices: { type: 'boolean' },
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
  const files = [{ name: MANIFEST_FILE_NAME, text: starterManifest(schemaId('manifest.schema.json'), providers) }];
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
  io.stdout.write(`next: edit the workloads, then run \`genspend estimate ${MANIFEST_FILE_NAME}\`\n`);
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
