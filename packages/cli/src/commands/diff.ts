import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  diffJson,
  GenspendError,
  parseManifest,
  priceChange,
  problemsOf,
  renderDiffMarkdown,
  renderDiffTable,
  withReason,
  type BaseManifests,
  type Manifest,
  type UnreadableBase,
} from '@genspend/core';
import { expandManifestArgs, filesAtRevision, isGitRef, loadManifests, readAtRevision, readManifestText } from '../files.js';
import { EXIT, parseFormat, UsageError, writeJson, type Io } from '../io.js';
import { loadCatalog, loadGoverningCatalog } from '../price-file.js';
import { readPrRules, type PrRuleFlags } from '../rules.js';

export const diffHelp = `Usage: genspend diff --base <file or git-ref> --head <files or globs...> [--format table|markdown|json]
                     [--limit USD] [--max-increase USD] [--max-increase-percent N] [--unpriced fail|warn]
                     [--judge expected|high]

Prices the base and the head, shows the change per manifest and workload, and judges it.
Each manifest is judged by its own \`budget:\` as it is at the base (the merged one; a change
to a budget applies after merge), a new manifest by its own. A total limit fails only when
this change crosses it; increase limits are judged on the change itself.
--base   a manifest file, or a git revision (main, HEAD~1, a sha): the head's paths are read
         at that revision; a manifest missing there is a $0 baseline, and a manifest the
         revision has but the head deleted (matching the head's globs, or named by --head) is
         priced as a removal. A base manifest that is invalid there is a warning, not an error.
--prices  a price file (default: genspend.prices.yml next to the first head manifest, or here),
         applied to the base and the head alike. Against a git revision it is read as the
         revision has it (the merged prices govern, as in the Action): a change to it is a
         warning and applies after merge. A file git tracks at neither side prices as it is.
--limit, --max-increase, --max-increase-percent, --unpriced
         PR-level rules: they judge the total of every manifest together, beside each
         manifest's own budget.
--judge  high: the PR-level rules judge uncertain prices at the high end of their range
         (a manifest's own rules do when its budget says \`judge: high\`); default expected.
Exit 0 pass (or warnings only), 1 a budget rule failed, 2 bad input.`;

export async function diffCommand(
  values: { base?: string; head?: string[]; format?: string; prices?: string } & PrRuleFlags,
  io: Io,
): Promise<number> {
  const format = parseFormat(values.format);
  const pr = readPrRules(values);
  if (!values.base) throw new UsageError('--base is required: a manifest file or a git revision');
  if (!values.head?.length) throw new UsageError('--head is required: the manifest file(s) to compare');
  const ref = existsSync(resolve(io.cwd, values.base)) ? undefined : values.base;
  if (ref !== undefined && !isGitRef(io.cwd, ref)) {
    throw new GenspendError(
      `--base \`${ref}\` is neither a file nor a git revision here`,
      undefined,
      'pass a manifest path or a commit, branch or tag',
    );
  }
  const named = await expandManifestArgs(values.head, io.cwd);
  // a path the head deleted is still named by --head: against a revision it is a removal
  const headFiles = ref === undefined ? named : named.filter((f) => existsSync(resolve(io.cwd, f)));
  const headManifests = loadManifests(io.cwd, headFiles);

  let base: BaseManifests;
  if (ref === undefined) {
    if (headFiles.length !== 1)
      throw new UsageError('a --base file compares with exactly one --head file; use a git revision to compare several');
    // the base is the same manifest at another version: key it by the head's path so workloads pair up
    // a file named on the command line is refused as any manifest is (a FIFO, a link outside);
    // only what it says is judged as the base
    const text = readManifestText(io.cwd, values.base);
    base = readBase([headFiles[0]!], (file) => ({ ...parseManifest(text, values.base!), file }));
  } else {
    const gone = named.filter((f) => !headFiles.includes(f));
    const deleted = filesAtRevision(io.cwd, ref, values.head).filter((f) => !headFiles.includes(f));
    const files = [...new Set([...headFiles, ...gone, ...deleted])];
    const missing = gone.filter((f) => readAtRevision(io.cwd, ref, f) === null);
    if (missing.length) {
      throw new GenspendError(
        `no such file here or at ${ref}`,
        { file: missing[0]! },
        'check the path (it is relative to the current directory)',
      );
    }
    base = readBase(files, (file) => {
      const text = readAtRevision(io.cwd, ref, file);
      // errors name the base's file and revision: its line numbers are not the head's
      return text === null ? null : { ...parseManifest(text, `${file}@${ref}`), file };
    });
  }
  // against a revision the base's price file governs, as in the Action; a --base file has no revision to read it at
  const prices =
    ref === undefined
      ? { catalog: loadCatalog(io.cwd, headFiles, values.prices) }
      : loadGoverningCatalog(io.cwd, headFiles, values.prices, ref);
  const { head, diff, budget: judged, base: priced } = priceChange({ head: headManifests, base, pr, catalog: prices.catalog });
  const budget = withReason(judged, prices.reason);
  if (format === 'json') await writeJson(io.stdout, diffJson(priced, head, diff, budget));
  else if (format === 'markdown') io.stdout.write(renderDiffMarkdown(diff, head, budget));
  else io.stdout.write(renderDiffTable(diff, head, budget));
  return budget.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}

/**
 * The base's manifests; one that cannot be read or is invalid there is kept with its error (a
 * baseline warning), so the change that fixes it can pass. Its path is the head's.
 */
function readBase(files: readonly string[], read: (file: string) => Manifest | null): BaseManifests {
  const manifests: Manifest[] = [];
  const unreadable: UnreadableBase[] = [];
  for (const file of files) {
    try {
      const manifest = read(file);
      if (manifest) manifests.push(manifest);
    } catch (e) {
      const problems = problemsOf(e);
      if (!problems) throw e;
      unreadable.push({ file, error: problems.map((p) => p.format()).join('; ') });
    }
  }
  return { manifests, unreadable };
}
