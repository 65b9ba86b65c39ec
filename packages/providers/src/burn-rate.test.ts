import { describe, expect, it } from 'vitest';
import { burnRate, lastDays, type UsageHistory } from './index.js';

const history = (...amounts: string[]): UsageHistory => ({
  provider: 'fal',
  source: 'test',
  days: amounts.map((amountUsd, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, amountUsd })),
});

describe('burnRate', () => {
  it('averages over the whole window: days without usage count as $0', () => {
    expect(burnRate(history('12', '3'), { days: 30 })).toBe('0.5');
  });

  it('is exact decimal arithmetic and nets refunds', () => {
    expect(burnRate(history('0.1', '0.2', '-0.05'), { days: 5 })).toBe('0.05');
    expect(burnRate(history(), { days: 7 })).toBe('0');
  });

  it('names a bad window length', () => {
    expect(() => burnRate(history('1'), { days: 0 })).toThrow('Expected `days` to be a positive integer, got 0.');
  });
});

describe('lastDays', () => {
  it('is the N full UTC days before today, end exclusive', () => {
    expect(lastDays('2026-03-31', 30)).toEqual({ startDate: '2026-03-01', beforeDate: '2026-03-31' });
    expect(lastDays('2026-03-01', 1)).toEqual({ startDate: '2026-02-28', beforeDate: '2026-03-01' });
  });

  it('rejects a malformed today', () => {
    expect(() => lastDays('2026-02-30', 7)).toThrow('Expected `today` to be a UTC date as YYYY-MM-DD, got "2026-02-30".');
  });
});
