import { resolve } from 'node:path';
import type { BalanceDeps } from './balance.js';
import { couldNotRun, gate, type GateDeps, type GateResult } from './gate.js';
import { readMode } from './inputs.js';

export type ActionDeps = GateDeps & BalanceDeps;

/** Runs the mode the `mode` input names: `gate` (pull requests) or `balance` (scheduled checks). */
export async function runMode(deps: ActionDeps): Promise<GateResult> {
  const workspace = deps.env.GITHUB_WORKSPACE || deps.cwd;
  const failed = (e: unknown) => couldNotRun(deps.toolkit, e, (file) => deps.exists(resolve(workspace, file)));
  let mode;
  try {
    mode = readMode((name) => deps.toolkit.getInput(name));
  } catch (e) {
    return failed(e);
  }
  if (mode === 'gate') return gate(deps);
  // loaded only when asked for: pull-request runs do not pay for the provider clients
  const { balanceMode } = await import('./balance.js');
  return balanceMode(deps, failed);
}
