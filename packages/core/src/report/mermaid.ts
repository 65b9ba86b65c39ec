/**
 * Mermaid charts for markdown that GitHub renders (job summaries, comments): an `xychart-beta`
 * block of bars and lines over labelled days. Figures are exact decimals rounded for display
 * only; text from a manifest or a provider goes through `mermaidText`, the one escaping
 * function for this medium.
 */
import type { Decimal } from '../money.js';

/**
 * Text for a quoted Mermaid title or axis label. Mermaid has no escape inside `"..."`, a line
 * break or a backtick fence would end the chart and leak the rest into the page, `%%` starts a
 * comment and `#...;` an entity: only letters, digits, spaces and plain punctuation are kept,
 * anything else becomes `_`; at most `max` characters. `a"b\n```c` -> `a_b_c` (each run of
 * unsafe characters one `_`).
 */
export function mermaidText(text: string, max = 80): string {
  const safe = text
    .replace(/[^\p{L}\p{N} .,:/@+\-()$'=_]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

export interface XyChart {
  readonly title: string;
  /** One label per category (day); escaped here. */
  readonly x: readonly string[];
  readonly yLabel: string;
  readonly bars?: readonly (readonly Decimal[])[];
  readonly lines?: readonly (readonly Decimal[])[];
  /** Decimal places the figures are shown with (half-up). Default 2. */
  readonly places?: number;
}

/** A fenced `mermaid` block: $1.005 is shown as 1.01, -$0.5 as -0.50. */
export function xyChartMermaid(chart: XyChart): string {
  const places = chart.places ?? 2;
  const series = (values: readonly Decimal[]) => `[${values.map((v) => v.toFixed(places)).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(chart.title, 120)}"`,
    `  x-axis [${chart.x.map((l) => `"${mermaidText(l, 40)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(chart.yLabel, 40)}"`,
    ...(chart.bars ?? []).map((b) => `  bar ${series(b)}`),
    ...(chart.lines ?? []).map((l) => `  line ${series(l)}`),
    '```',
  ].join('\n');
}
