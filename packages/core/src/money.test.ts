import { describe, expect, it } from 'vitest';
import { difference, exact, formatCredits, formatPercent, formatUsd, money, quotient, sum } from './money.js';

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

describe('sums and quotients', () => {
  it('adds terms of any magnitude without dropping a digit', () => {
    const terms = [money('3200000000000'), money('0.004071428571428571428571428571428571428571'), money('1e-60')];
    expect(exact(sum(terms))).toBe(`3200000000000.004071428571428571428571428571428571428571${'0'.repeat(17)}1`);
    expect(exact(sum([]))).toBe('0');
    expect(exact(sum([money('-0.5'), money('0.5')]))).toBe('0');
    // a sum is ordinary money again: its divisions keep the usual precision
    expect(exact(sum(terms).dividedBy(3)).replace('.', '').length).toBeLessThanOrEqual(100);
  });

  it('keeps a quotient that ends exact and rounds a repeating one to 40 digits', () => {
    expect(exact(quotient(money('1048576'), 1_000_000))).toBe('1.048576');
    expect(exact(quotient(money('9999999999'), 1_048_576))).toBe('9536.74316310882568359375');
    expect(exact(quotient(money(168), 730))).toBe('0.2301369863013698630136986301369863013699');
    expect(exact(quotient(money(2), 3))).toBe('0.6666666666666666666666666666666666666667');
  });
});

describe('difference', () => {
  it('is exact however far apart the magnitudes are, where 100-digit arithmetic rounds', () => {
    const big = money('1e60');
    const tiny = money('1e-60');
    expect(difference(big, tiny).toFixed()).toBe(`${'9'.repeat(60)}.${'9'.repeat(60)}`);
    expect(big.minus(tiny).equals(big)).toBe(true);
    expect(difference(money('5'), money('3')).toFixed()).toBe('2');
  });
});
