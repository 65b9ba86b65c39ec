import { exact, sum, ZERO, type Money, type WorkloadEstimate } from '@genspend/core';
import type { IDataObject } from 'n8n-workflow';
import { jobCost } from './estimate';

/**
 * Money as n8n's comparison nodes take it, a number, beside the exact decimal text as
 * `<field>Exact`: `{ costUsd: "0.8" }` -> `{ costUsd: 0.8, costUsdExact: "0.8" }`. The number is
 * for IF and Switch; sums and anything that must add up read the Exact field. Fields that are
 * not decimal text (absent, null) are left as they are; the order of the other fields is kept.
 */
export function withNumbers(json: IDataObject, fields: readonly string[]): IDataObject {
  const out: IDataObject = {};
  for (const [key, value] of Object.entries(json)) {
    if (fields.includes(key) && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      out[key] = Number(value);
      out[`${key}Exact`] = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

const COST_FIELDS = ['costUsd', 'credits'] as const;

export interface OutputShape {
  /** Node version 1 writes the CLI's JSON figures as they were: money as decimal text, no notices. */
  version: number;
  /** Cost, credits, basis and warnings only; off adds the line items and assumptions. */
  simplify: boolean;
  /** The estimate's warnings with the modeled and stale-price notes (see estimateNotices). */
  notices: string[];
}

/** What the node adds to an item under `genspend`. */
export function jobOutput(estimate: WorkloadEstimate, shape: OutputShape): IDataObject {
  const full = jobCost(estimate);
  if (shape.version < 2) return full;
  const runs = estimate.runs === null ? {} : { runs: estimate.runs.toNumber() };
  if (shape.simplify) {
    return withNumbers(
      {
        provider: full.provider,
        model: full.model,
        ...runs,
        costUsd: full.costUsd,
        ...(full.credits !== undefined ? { credits: full.credits } : {}),
        basis: full.basis,
        warnings: shape.notices,
      },
      COST_FIELDS,
    );
  }
  return withNumbers({ ...full, ...runs, warnings: shape.notices }, COST_FIELDS);
}

/** The sum over priced items, and per provider (Runway also in credits). */
export function totalOutput(estimates: readonly WorkloadEstimate[], version: number): IDataObject {
  const byProvider = new Map<string, { cost: Money[]; credits: Money[] }>();
  for (const e of estimates) {
    const p = byProvider.get(e.provider) ?? { cost: [], credits: [] };
    p.cost.push(e.cost ?? ZERO);
    if (e.credits !== null) p.credits.push(e.credits);
    byProvider.set(e.provider, p);
  }
  const shown = (json: IDataObject) => (version < 2 ? json : withNumbers(json, COST_FIELDS));
  const providers: IDataObject = {};
  for (const [provider, p] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
    providers[provider] = shown({
      items: p.cost.length,
      costUsd: exact(sum(p.cost)),
      ...(p.credits.length ? { credits: exact(sum(p.credits)) } : {}),
    });
  }
  return shown({ items: estimates.length, costUsd: exact(sum(estimates.map((e) => e.cost ?? ZERO))), byProvider: providers });
}
