import { readFileSync } from 'node:fs';
import { rawNumber, type World } from './provider-stand-in.js';

// The shared reconcile fixture (hand-worked figures in `expected.notes`) and the provider
// stand-in answering its bills in each provider's own shapes: `genspend reconcile` and the
// Action's reconcile mode are both tested against it.
export const fixture = JSON.parse(readFileSync(new URL('./fixtures/reconcile.json', import.meta.url), 'utf8'));

type Row = { provider: string; model: string; date: string; amountUsd?: string; credits?: string; units?: Record<string, string> };
const rows = (provider: string): Row[] => fixture.billed.filter((r: Row) => r.provider === provider);
const byDate = (list: Row[]) => [...new Set(list.map((r) => r.date))].map((date) => [date, list.filter((r) => r.date === date)] as const);

/** The fixture's bills as each provider's API answers them; fal's split over two pages. */
export function billsWorld(): World {
  const falBuckets = byDate(rows('fal')).map(([date, lines]) => ({
    bucket: `${date}T00:00:00Z`,
    results: lines.map((r) => ({
      endpoint_id: r.model,
      unit: r.units!.unit,
      quantity: rawNumber(r.units!.quantity),
      unit_price: rawNumber(r.units!.unitPrice!),
      cost: rawNumber(r.amountUsd!),
      currency: 'USD',
    })),
  }));
  const half = Math.ceil(falBuckets.length / 2);
  return {
    falUsagePages: [{ time_series: falBuckets.slice(0, half) }, { time_series: falBuckets.slice(half) }],
    replies: {
      'POST /v1/organization/usage': {
        body: {
          models: ['gen4.5', 'veo3.1_fast'],
          results: byDate(rows('runway')).map(([date, lines]) => ({
            date,
            usedCredits: lines.map((r) => ({ model: r.model, amount: rawNumber(r.credits!) })),
          })),
        },
      },
      'POST /v1': {
        body: {
          data: [
            { taskType: 'accountManagement', operation: 'getDetails', balance: { amount: 10, currency: 'USD' } },
            {
              taskType: 'accountManagement',
              operation: 'getUsageActivity',
              usage: {
                timeseries: { data: rows('runware').map((r) => ({ date: r.date, model: r.model, spend: rawNumber(r.amountUsd!) })) },
              },
            },
          ],
        },
      },
      'GET /v1/billing/endpoints': {
        body: rows('runpod').map((r) => ({
          amount: rawNumber(r.amountUsd!),
          endpointId: r.model,
          time: `${r.date}T00:00:00Z`,
          timeBilledMs: 1000,
        })),
      },
    },
  };
}
