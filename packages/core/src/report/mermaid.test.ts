import { describe, expect, it } from 'vitest';
import { money } from '../money.js';
import { mermaidText, xyChartMermaid } from './mermaid.js';

describe('Mermaid charts', () => {
  it('keeps plain names as they are', () => {
    expect(mermaidText('fal-ai/flux/dev: 2026-11-01 to 2026-11-30 ($)')).toBe('fal-ai/flux/dev: 2026-11-01 to 2026-11-30 ($)');
    expect(mermaidText('Ünïcode 名前 runware:101@1')).toBe('Ünïcode 名前 runware:101@1');
  });

  it('a provider label cannot end the quoted text, the chart or the code block', () => {
    const hostile = 'x"]\n```\n## pwned %%{init: {"theme":"dark"}}%% #quot; <img src=x> `y`\u202e';
    const shown = mermaidText(hostile);
    expect(shown).toBe('x_ pwned _init: _theme_:_dark_ _quot_ _img src=x_ _y_');
    for (const bad of ['"', '\n', '`', '%%', '#', '<', '>', ';', '{', '\u202e']) expect(shown).not.toContain(bad);
    const chart = xyChartMermaid({ title: hostile, x: [hostile], yLabel: 'USD', bars: [[money(1)]] });
    // the fence opens and closes once, each quoted string holds no quote
    expect(chart.split('\n').filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    for (const line of chart.split('\n').slice(2, 5)) expect(line.match(/"/g)!.length % 2).toBe(0);
  });

  it('cuts long labels', () => {
    expect(mermaidText('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('shows exact decimals rounded half-up for display only', () => {
    expect(
      xyChartMermaid({
        title: 'Billed and planned per day',
        x: ['11-01', '11-02', '11-03'],
        yLabel: 'USD',
        bars: [[money('1.005'), money('-0.5'), money('12345678901234567.894')]],
        lines: [[money('13.776'), money('13.776'), money('13.776')]],
      }),
    ).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Billed and planned per day"',
        '  x-axis ["11-01", "11-02", "11-03"]',
        '  y-axis "USD"',
        '  bar [1.01, -0.50, 12345678901234567.89]',
        '  line [13.78, 13.78, 13.78]',
        '```',
      ].join('\n'),
    );
  });
});
