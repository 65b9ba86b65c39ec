import { resolve } from 'node:path';
import {
  diffHeadline,
  formatUsd,
  GenspendError,
  priceChange,
  reasonScope,
  renderUndeclaredMarkdown,
  staleDays,
  withReason,
  type Catalog,
  type Manifest,
} from '@genspend/core';
import { annotate } from './annotations.js';
import { couldNotRun, summary, type GateResult } from './failure.js';
import { readBase, startBase, type Git } from './base.js';
import { stampLine, upsertComment } from './comment.js';
import { readContext, type RunContext } from './context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { findManifests, manifestMatcher, readHead } from './manifests.js';
import { setOutputs, writeReport } from './outputs.js';
import { readPrices } from './prices.js';
import { changedByGit, scanPullRequest, type PrScan } from './scan.js';
import { chars, COMMENT_LIMIT, fitReport, fullReport, SUMMARY_LIMIT_BYTES, utf8Bytes, type Priced } from './report.js';
import { statusOf, type GitHubApi, type Toolkit } from './toolkit.js';
import { costChanged, failureMessage } from './verdict.js';

/** Everything from outside the action's own logic, injected (main.ts passes the real ones). */
export interface GateDeps {
  readonly toolkit: Toolkit;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly readFile: (path: string) => string;
  readonly exists: (path: string) => boolean;
  readonly git: (cwd: string) => Git;
  readonly github: (token: string, repo: { owner: string; repo: string }) => GitHubApi;
  /** The clock, for the age of prices (tests fix it). */
  readonly now?: () => Date;
}

/** Prices the head against the base, reports it everywhere, and says whether the check fails. */
export async function gate(deps: GateDeps): Promise<GateResult> {
  const { toolkit } = deps;
  try {
    const inputs = readInputs((name) => toolkit.getInput(name));
    if (inputs.token) toolkit.setSecret(inputs.token);
    const context = readContext(deps.env, deps.readFile, deps.cwd);
    const api = inputs.token && context.repo ? deps.github(inputs.token, context.repo) : undefined;
    const git = deps.git(context.workspace);
    // the base: the `base-ref` input, else the pull request's
    const ref = inputs.baseRef ?? context.pr?.baseSha;
    const pr = context.pr && ref !== undefined ? { number: context.pr.number, baseSha: ref } : undefined;
    // git lists the changed files for the scan while the manifests are read and priced
    const diff = pr ? changedByGit(git, pr.baseSha) : undefined;
    const { priced, prefix, manifests, catalog } = await price(inputs, context, deps, api, git, ref);
    const scan = pr
      ? await scanPullRequest({
          workspace: context.workspace,
          git,
          ...(diff ? { diff } : {}),
          api,
          baseSha: pr.baseSha,
          pr: pr.number,
          manifests,
          catalog,
          rule: inputs.undeclared,
          toolkit,
        })
      : undefined;

    const headline = priced.hasBase
      ? diffHeadline(priced.diff, priced.head.period, context.pr ? 'This PR' : undefined)
      : `Projected spend: ${formatUsd(priced.head.total)} per ${priced.head.period} (an estimate: no base to compare with).`;
    toolkit.info(`genspend: ${headline}`);
    for (const r of priced.budget.reasons) toolkit.info(`genspend: ${r.level} (${r.rule}, ${reasonScope(r)}): ${r.message}`);

    setOutputs(toolkit, priced, writeReport(context.tempDir, priced));
    const options = { subject: context.pr ? 'This PR' : undefined, tag: inputs.tag };
    const full = fullReport(priced, options) + undeclaredSection(scan);
    await summary(
      toolkit,
      fitReport(full, priced, {
        ...options,
        limit: SUMMARY_LIMIT_BYTES,
        measure: utf8Bytes,
        limitName: "GitHub's 1 MiB limit for a job summary",
        fullReportAt: 'the JSON report (the `report-path` output)',
      }),
    );
    annotate(priced.budget, priced.diff, toolkit, prefix);
    if (scan) annotateUndeclared(scan, toolkit);
    await comment(toolkit, inputs, context, priced, api, full);

    const verdict = priced.budget.verdict;
    const scanFails = scan !== undefined && scan.rule === 'fail' && scan.added.length > 0;
    const scanMessage = scanFails
      ? `genspend: this PR adds ${scan.added.length} model call${scan.added.length === 1 ? '' : 's'} that no genspend.yml declares (undeclared: fail)`
      : '';
    if (verdict === 'fail') return { verdict, message: [failureMessage(priced.budget), scanMessage].filter(Boolean).join('\n') };
    return scanFails ? { verdict: 'fail', message: scanMessage } : { verdict };
  } catch (e) {
    const workspace = deps.env.GITHUB_WORKSPACE || deps.cwd;
    return couldNotRun(toolkit, e, (file) => deps.exists(resolve(workspace, file)));
  }
}

async function price(
  inputs: ActionInputs,
  context: RunContext,
  deps: GateDeps,
  api: GitHubApi | undefined,
  git: Git,
  ref: string | undefined,
): Promise<{ priced: Priced; prefix: string; manifests: Manifest[]; catalog: Catalog }> {
  const headFiles = await findManifests(context.workspace, inputs.manifests);
  // the base's first git calls run while the head's manifests are read
  const started = ref ? startBase(git, ref) : undefined;
  const headManifests = readHead(context.workspace, headFiles);
  const base = ref
    ? await readBase({
        ref,
        headFiles,
        matches: manifestMatcher(inputs.manifests),
        git,
        ...(started ? { started } : {}),
        api,
        log: (m) => deps.toolkit.info(m),
      })
    : undefined;
  if (base) deps.toolkit.info(`genspend: read ${base.manifests.length} manifest(s) at the base ${ref} (${base.via})`);
  if (headFiles.length === 0 && !base?.manifests.length) {
    throw new GenspendError(
      `no manifest matches ${inputs.manifests.map((p) => `\`${p}\``).join(', ')} in ${context.workspace}`,
      undefined,
      'set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first',
    );
  }
  const prices = await readPrices({
    workspace: context.workspace,
    file: inputs.prices.file,
    explicit: inputs.prices.explicit,
    base,
    ...(context.pr ? { subject: 'PR' } : {}),
  });
  for (const line of prices.log) deps.toolkit.info(line);
  const priced = priceChange({
    head: headManifests,
    ...(base ? { base: { manifests: base.manifests, unreadable: base.unreadable } } : {}),
    pr: inputs.pr,
    ...(context.pr ? { subject: 'PR' } : {}),
    catalog: prices.catalog,
  });
  staleWarnings(priced, inputs.maxPriceAge, deps);
  return {
    priced: { ...priced, budget: withReason(priced.budget, prices.reason) },
    prefix: base?.prefix ?? '',
    manifests: headManifests,
    catalog: prices.catalog,
  };
}

/** One warning per rate this change used that was last checked over `maxAgeDays` ago. */
function staleWarnings(priced: Priced, maxAgeDays: number, deps: GateDeps): void {
  const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  const seen = new Set<string>();
  for (const w of priced.head.manifests.flatMap((m) => m.workloads)) {
    for (const l of w.lines) {
      const age = staleDays(l.rate.checkedAt, today, maxAgeDays);
      const key = `${w.provider}\u0000${w.model}\u0000${l.charge}`;
      if (age === undefined || seen.has(key)) continue;
      seen.add(key);
      const how =
        l.rate.priceSource === 'catalog'
          ? `update genspend, or run \`genspend prices sync ${w.provider}\``
          : `run \`genspend prices lock\` and commit ${l.rate.priceSource}`;
      deps.toolkit.warning(
        `genspend: the ${w.provider} price of ${w.model ?? '-'} (${l.charge}) was last checked ${l.rate.checkedAt}, ${age} days ago: ${how}`,
      );
    }
  }
}

async function comment(
  toolkit: Toolkit,
  inputs: ActionInputs,
  context: RunContext,
  priced: Priced,
  api: GitHubApi | undefined,
  full: string,
): Promise<void> {
  if (inputs.comment === 'off') return;
  if (!context.pr) {
    toolkit.info(`genspend: no PR comment on a ${context.eventName || 'non-pull_request'} event (estimate only)`);
    return;
  }
  if (!api) {
    toolkit.warning('genspend: no PR comment: the `github-token` input is empty (or GITHUB_REPOSITORY is not set)');
    return;
  }
  const wanted =
    inputs.commentOn === 'always' ||
    (inputs.commentOn === 'failure' && priced.budget.verdict === 'fail') ||
    (inputs.commentOn === 'change' && costChanged(priced.diff));
  const stamp = stampLine(inputs.tag, context.run);
  const body = fitReport(full, priced, {
    subject: 'This PR',
    tag: inputs.tag,
    limit: COMMENT_LIMIT - stamp.length - 1,
    measure: chars,
    limitName: "GitHub's 65,536-character limit for a comment",
    fullReportAt: 'the job summary of this run',
  });
  try {
    const outcome = await upsertComment(api, {
      issue: context.pr.number,
      tag: inputs.tag,
      run: context.run,
      body,
      mode: inputs.comment,
      wanted,
    });
    if ('why' in outcome) {
      toolkit.info(`genspend: PR comment not written: ${outcome.why}`);
    } else {
      const extra = outcome.hidden ? `, hid ${outcome.hidden} older` : outcome.deleted ? `, deleted ${outcome.deleted} older` : '';
      toolkit.info(`genspend: PR comment ${outcome.kind}${extra}${outcome.url ? `: ${outcome.url}` : ''}`);
    }
  } catch (e) {
    // the comment is a report, not the gate: the verdict, summary and annotations stand
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      const why = context.pr.fork
        ? 'this pull request comes from a fork, and GitHub gives fork workflows a read-only token'
        : 'the token cannot write to pull requests (give the job `permissions: pull-requests: write`)';
      toolkit.warning(
        `genspend: no PR comment (HTTP ${status}): ${why}. The job summary, annotations and verdict still apply. ` +
          'To comment on fork PRs, post the report from a separate `workflow_run` workflow (see the README).',
      );
    } else {
      toolkit.warning(`genspend: no PR comment: ${(e as Error).message}`);
    }
  }
}

/** The comment section on the undeclared calls the PR adds. */
function undeclaredSection(scan: PrScan | undefined): string {
  return scan?.added.length ? '\n' + renderUndeclaredMarkdown(scan.added, scan.rule) : '';
}

/** One annotation at each undeclared call site the PR adds: an error under `undeclared: fail`, else a warning. */
function annotateUndeclared(scan: PrScan, toolkit: Toolkit): void {
  for (const c of scan.added.slice(0, 10)) {
    const price = c.quote.cost === null ? `unpriced: ${c.quote.reason ?? 'unknown'}` : `${formatUsd(c.quote.cost)} per call`;
    const message = `${c.site.provider} ${c.site.model ?? '(model computed in the code)'} is called here (${c.site.call}), and no genspend.yml declares it (${price}). Declare it as a workload, or mark the call \`genspend: <workload>\` or \`genspend-ignore\` in a comment.`;
    const properties = { title: 'genspend: undeclared model call', file: c.site.file, startLine: c.site.line };
    if (scan.rule === 'fail') toolkit.error(message, properties);
    else toolkit.warning(message, properties);
  }
  if (scan.added.length > 10)
    toolkit.info(`genspend: ${scan.added.length - 10} more undeclared call annotations not shown; see the PR comment`);
}
