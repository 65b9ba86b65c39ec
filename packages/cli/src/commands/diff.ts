import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defaultCatalog,
  diffEstimates,
  diffJson,
  estimateManifests,
  evaluateBudget,
  GenspendError,
  parseManifest,
  renderDiffMarkdown,
  renderDiffTable,
  type Manifest,
} from '@genspend/core';
import { expandManifestArgs, filesAtRevision, isGitRef, loadManifest, loadManifests, readAtRevision } from '../files.js';
import { EXIT, parseFormat, UsageError, type Io } from '../io.js';

export const diffHelp = `Usage: genspend diff --base <file or git-ref> --head <files or globs...> [--format table|markdown|json]

Prices the base and the head, shows the change per manifest and workload, and judges the
head's budget against it: a total limit fails only when this change crosses it; increase
limits are judged on the change itself.
--base   a manifest file, or a git revision (main, HEAD~1, a sha): the head's paths are read
         at that revision; a manifest missing there is a $0 baseline, and a manifest the
         revision has but the head deleted (matching the head's globs) is priced as a removal.
Exit 0 pass (or warnings only), 1 a budget rule failed, 2 bad input.`;

export async function diffCommand(values: { base?: string; head?: string[]; format?: string }, io: Io): Promise<number> {
  const format = parseFormat(values.format);
  if (!values.base) throw new UsageError('--base is required: a manifest file or a git revision');
  if (!values.head?.length) throw new UsageError('--head is required: the manifest file(s) to compare');
  const headFiles = await expandManifestArgs(values.head, io.cwd);
  const headManifests = loadManifests(io.cwd, headFiles);

  let baseManifests: Manifest[];
  if (existsSync(resolve(io.cwd, values.base))) {
    if (headFiles.length !== 1)
      throw new UsageError('a --base file compares with exactly one --head file; use a git revision to compare several');
    // the base is the same manifest at another version: key it by the head's path so workloads pair up
    baseManifests = [{ ...loadManifest(io.cwd, values.base), file: headFiles[0]! }];
  } else if (isGitRef(io.cwd, values.base)) {
    const ref = values.base;
    const patterns = values.head;
    const deleted = filesAtRevision(io.cwd, ref, patterns).filter((f) => !headFiles.includes(f));
    baseManifests = [...headFiles, ...deleted].flatMap((file) => {
      const text = readAtRevision(io.cwd, ref, file);
      return text === null ? [] : [parseManifest(text, file)];
    });
  } else {
    throw new GenspendError(
      `--base \`${values.base}\` is neither a file nor a git revision here`,
      undefined,
      'pass a manifest path or a commit, branch or tag',
    );
  }
  const catalog = defaultCatalog();
  const head = estimateManifests(headManifests, catalog);
  const base = baseManifests.length ? estimateManifests(baseManifests, catalog) : null;
  if (base && base.period !== head.period) {
    throw new GenspendError(
      `the base is priced per ${base.period} and the head per ${head.period}`,
      undefined,
      'compare manifests with the same period',
    );
  }
  const diff = diffEstimates(base, head);
  const budget = evaluateBudget(diff, { hasBase: true });
  if (format === 'json') io.stdout.write(JSON.stringify(diffJson(base, head, diff, budget), null, 2) + '\n');
  else if (format === 'markdown') io.stdout.write(renderDiffMarkdown(diff, head, budget));
  else io.stdout.write(renderDiffTable(diff, head, budget));
  return budget.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}
