import { resolve } from 'node:path';
import type { BalanceDeps } from './balance.js';
import type { ReconcileDeps } from './reconcile.js';
import { couldNotRun, type GateResult } from './failure.js';
import { gate, type GateDeps } from './gate.js';
import { readMode } from './inputs.js';

export type ActionDeps = GateDeps & BalanceDeps & ReconcileDeps;

/** Runs the mode the `mode` input names: `gate` (pull requests), `balance` or `reconcile` (scheduled checks). */
export async function runMode(deps: ActionDeps): Promise<GateResult> {
  let mode;
  try {
    mode = readMode((name) => deps.toolkit.getInput(name));
  } catch (e) {
    return couldNotRun(deps.toolkit, e, (file) => deps.exists(resolve(deps.env.GITHUB_WORKSPACE || deps.cwd, file)));
  }
  if (mode === 'gate') return gate(deps);
  if (mode === 'reconcile') {
    // like the balance mode, a file of its own in the bundle (dist/reconcile.js)
    const { reconcileMode } = await import('./reconcile.js');
    return reconcileMode(deps);
  }
  // a file of its own in the bundle (dist/balance.js), loaded only for this mode: pull-request
  // runs do not parse or run the provider clients
  const { balanceMode } = await import('./balance.js');
  return balanceMode(deps);
}
