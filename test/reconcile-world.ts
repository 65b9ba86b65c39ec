import { readFileSync } from 'node:fs';
import { rawNumber, type World } from './provider-stand-in.js';

// The shared reconcile fixture (hand-worked figures in `expected.notes`) and the provider
// stand-in answering its bills in each provider's own shapes: `genspend reconcile` and the
// Action's reconcile mode are both tested against it.
export const fixture = JSON.parse(readFileSync(new URL('./fixtures/reconcile.json', import.meta.url), 'utf8'));

type Row = {
  provider: string;
  model: string;
  date: string;
  amountUsd?: string;
  credits?: string;
  units?: { unit: string; quantity: string; unitPrice: string };
};
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
      unit_price: rawNumber(r.units!.unitPrice),
      cost: rawNumber(r.amountUsd!),
      currency: 'USD',
    })),
  }));
  const half = Math.ceil(falBuckets.length / 2);
  return {
    falUsagePages: [{ time_series: falBuckets.slice(0, half) }, { time_series: falBuckets.slice(half) }],
    // Runware answers the days asked, at most 30 at a time
    runwareUsage: rows('runware').map((r) => ({ date: r.date, model: r.model, spend: rawNumber(r.amountUsd!) })),
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

/** The fixture's hand-worked day series as the JSON carries it: every day of the window, $0 where nothing was billed. */
export function dailySeries(): { date: string; plannedUsd: string; billedUsd: string; unplannedUsd: string }[] {
  const days: string[] = [];
  for (let d = Date.parse(fixture.window.startDate); d < Date.parse(fixture.window.beforeDate); d += 86_400_000)
    days.push(new Date(d).toISOString().slice(0, 10));
  return days.map((date) => ({
    date,
    plannedUsd: fixture.expected.plannedPerDayUsd,
    ...(fixture.expected.billedDays[date] ?? { billedUsd: '0', unplannedUsd: '0' }),
  }));
}

/** The Mermaid chart the markdown report and the job summary show for the fixture, written out by hand. */
export function dailyChart(): string {
  const z = (n: number) => Array(n).fill('0.00');
  const billed = ['0.00', '10.50', '92.80', '12.00', '400.00', '14.50', ...z(3), '-5.00', ...z(9), '7.00', '14.40', ...z(9)];
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Billed and planned per day, 2026-11-01 to 2026-11-30"',
    `  x-axis [${dailySeries()
      .map((d) => `"${d.date.slice(5)}"`)
      .join(', ')}]`,
    '  y-axis "USD"',
    `  bar [${billed.join(', ')}]`,
    `  line [${Array(30).fill('13.78').join(', ')}]`,
    '```',
  ].join('\n');
}
