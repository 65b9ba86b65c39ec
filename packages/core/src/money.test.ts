import { describe, expect, it } from 'vitest';
import { exact, formatCredits, formatPercent, formatUsd, money } from './money.js';

describe('money display rules', () => {
  it.each([
    ['0', '$0.00'],
    ['1234.5678', '$1,234.57'],
    ['0.005', '$0.005'],
    ['0.00348', '$0.0035'],
    ['0.01', '$0.01'],
    ['-12.5', '-$12.50'],
    ['1000000', '$1,000,000.00'],
  ])('formatUsd(%s) = %s', (v, out) => expect(formatUsd(money(v))).toBe(out));

  it('signs changes', () => {
    expect(formatUsd(money('412'), { sign: true })).toBe('+$412.00');
    expect(formatPercent(money('504.99'), { sign: true })).toBe('+505.0%');
    expect(formatCredits(money('3200'))).toBe('3,200 credits');
  });

  it('exact() never uses exponent notation or floats', () => {
    expect(exact(money('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(exact(money('0.1').plus('0.2'))).toBe('0.3');
    expect(exact(money('1e21'))).toBe('1000000000000000000000');
  });
});
