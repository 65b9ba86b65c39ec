import { escapeMarkdown, problemsOf } from '@genspend/core';
import type { Toolkit } from './toolkit.js';

/** How a run ends: pass or warn, a failed rule (exit 1), or genspend could not run (exit 2). */
export type GateResult =
  | { readonly verdict: 'pass' | 'warn' }
  | { readonly verdict: 'fail'; readonly message: string }
  /** genspend could not run: bad input, a bad manifest, an unreadable base or account. */
  | { readonly verdict: 'error'; readonly message: string };

/** Appends to the job summary; a summary that cannot be written is a warning, not a failure. */
export async function summary(toolkit: Toolkit, markdown: string): Promise<void> {
  try {
    await toolkit.writeSummary(markdown);
  } catch (e) {
    toolkit.warning(`genspend: could not write the job summary: ${(e as Error).message}`);
  }
}

/** The distinct "could not run" outcome: every problem in the log (and at its manifest line), and a summary saying so. */
export async function couldNotRun(toolkit: Toolkit, e: unknown, inWorkspace: (file: string) => boolean): Promise<GateResult> {
  let message: string;
  const problems = problemsOf(e);
  if (problems) {
    message = problems.map((p) => p.format()).join('\n');
    for (const err of problems.slice(0, 10)) {
      // a base manifest's lines are not the head's: only files in the working tree are pointed at
      if (err.where?.line !== undefined && inWorkspace(err.where.file))
        toolkit.error(err.format(), { title: 'genspend', file: err.where.file, startLine: err.where.line });
    }
  } else {
    // a bug in genspend, not in the input: no stack trace in the log unless debugging is on
    message = `internal error: ${e instanceof Error ? e.message : String(e)}. Please report it with this log.`;
    if (e instanceof Error && e.stack) toolkit.debug(e.stack);
  }
  await summary(
    toolkit,
    ['## genspend could not run', '', ...message.split('\n').map((line) => `- ${escapeMarkdown(line)}`), ''].join('\n'),
  );
  return { verdict: 'error', message: `genspend could not run: ${message}` };
}
