import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { escapeControl, escapeLogLine } from '@genspend/core';
import { gitIn } from './base.js';
import type { GateResult } from './failure.js';
import { lazyApi, octokitApi } from './github.js';
import { runMode } from './mode.js';
import type { Toolkit } from './toolkit.js';

/** Exit code when genspend itself could not run, distinct from a failed budget (1). */
const EXIT_COULD_NOT_RUN = 2;

/**
 * The log is a command channel: a line that starts with `::` is a workflow command. Messages
 * carry text from the pull request (names, paths, YAML values) and from providers, so every
 * one is escaped here, once: `info` writes one line that cannot start a command; annotations
 * show control characters as escapes (@actions/core escapes their newlines and `%` itself).
 */
const toolkit: Toolkit = {
  getInput: (name) => core.getInput(name),
  info: (message) => core.info(escapeLogLine(message)),
  warning: (message, properties) => core.warning(escapeControl(message), properties),
  error: (message, properties) => core.error(escapeControl(message), properties),
  debug: (message) => core.debug(message),
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
  setSecret: (value) => core.setSecret(value),
};

/** The action's entry: the runner's environment in, outputs, summary, comment and exit code out. */
export async function run(): Promise<void> {
  try {
    const result = await runMode({
      toolkit,
      env: process.env,
      cwd: process.cwd(),
      readFile: (path) => readFileSync(path, 'utf8'),
      exists: existsSync,
      git: gitIn,
      github: (token, repo) => lazyApi(async () => octokitApi((await import('@actions/github')).getOctokit(token), repo)),
      uuid: randomUUID,
      now: () => new Date(),
    });
    report(result);
  } catch (e) {
    // gate() reports its own errors; this is a last guard, so the job never ends on a stack trace
    core.debug(e instanceof Error && e.stack ? e.stack : String(e));
    report({ verdict: 'error', message: `genspend could not run: internal error: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function report(result: GateResult): void {
  if (result.verdict === 'fail' || result.verdict === 'error') {
    // one problem a line, as genspend wrote them; what is inside a line is shown, never acted on
    core.setFailed(result.message.split('\n').map(escapeControl).join('\n'));
  }
  if (result.verdict === 'error') process.exitCode = EXIT_COULD_NOT_RUN;
}
