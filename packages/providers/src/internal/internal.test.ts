import { describe, expect, it } from 'vitest';
import { groupByDay } from './days.js';
import { moneySchema } from './money.js';
import { decodeBody, formatPath } from './parse.js';
import { parsePriceText } from './price-text.js';
import { parseRetryAfter } from './retry-after.js';

describe('parsePriceText', () => {
  it.each([
    ['$0.0038', { amountUsd: '0.0038' }],
    ['$0.0038 per image', { amountUsd: '0.0038', unit: 'image' }],
    ['From $0.002/image', { amountUsd: '0.002', unit: 'image' }],
    ['0.02 USD / megapixel', { amountUsd: '0.02', unit: 'megapixel' }],
    ['$1,200.50 per video second.', { amountUsd: '1200.50', unit: 'video second' }],
    ['Free', { amountUsd: '0' }],
    ['$0.04 per image ($0.04 at any size)', { amountUsd: '0.04', unit: 'image' }],
  ])('reads %j', (text, expected) => {
    expect(parsePriceText(text)).toEqual(expected);
  });

  it.each(['$0.01 - $0.05', 'from $0.01 to $0.02', 'depends on resolution', '', '0.0038'])('refuses to guess from %j', (text) => {
    expect(parsePriceText(text)).toBeUndefined();
  });
});

describe('decodeBody and moneySchema', () => {
  it.each([
    ['12345678901234567.89', '12345678901234567.89'],
    ['0.1000000000000000055511151231257827', '0.1000000000000000055511151231257827'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
    ['-0.00000000000000000001', '-0.00000000000000000001'],
    ['1.5e-7', '0.00000015'],
    ['435.85', '435.85'],
  ])('a JSON number %s keeps its digits: %s', (literal, expected) => {
    const body = decodeBody(`{"amount": ${literal}, "count": 3}`) as { amount: unknown; count: unknown };
    expect(moneySchema.parse(body.amount)).toBe(expected);
    expect(body.count).toBe(3); // numbers a double holds stay plain numbers for the other fields
  });

  it('keeps the last value of a key given twice, as JSON.parse does', () => {
    expect(decodeBody('{"a": 1, "a": 2}')).toEqual({ a: 2 });
  });

  it('keeps amounts exact and without exponents', () => {
    expect(moneySchema.parse(435.85)).toBe('435.85');
    expect(moneySchema.parse(1e-7)).toBe('0.0000001');
    expect(moneySchema.parse(0.1)).toBe('0.1');
    expect(moneySchema.parse(' 12.340 ')).toBe('12.34');
    expect(moneySchema.safeParse('12 USD').success).toBe(false);
  });
});

describe('groupByDay', () => {
  it('sums per day and model, oldest first, refunds netted', () => {
    expect(
      groupByDay([
        { date: '2026-03-02', amountUsd: '0.1', model: 'a' },
        { date: '2026-03-01', amountUsd: '0.2', model: 'a' },
        { date: '2026-03-01', amountUsd: '0.1', model: 'a' },
        { date: '2026-03-01', amountUsd: '-0.05', model: 'b' },
      ]),
    ).toEqual([
      { date: '2026-03-01', amountUsd: '0.25', byModel: { a: '0.3', b: '-0.05' } },
      { date: '2026-03-02', amountUsd: '0.1', byModel: { a: '0.1' } },
    ]);
  });

  it('adds billed quantities per endpoint and keeps a unit price only while the lines agree on it', () => {
    const days = groupByDay([
      { date: '2026-03-01', amountUsd: '0.075', model: 'a', units: { unit: 'image', quantity: '3', unitPrice: '0.025' } },
      { date: '2026-03-01', amountUsd: '0.1', model: 'a', units: { unit: 'image', quantity: '4', unitPrice: '0.0250' } },
      { date: '2026-03-01', amountUsd: '0.2', model: 'b', units: { unit: 'image', quantity: '4', unitPrice: '0.025' } },
      { date: '2026-03-01', amountUsd: '0.4', model: 'b', units: { unit: 'image', quantity: '4', unitPrice: '0.1' } },
    ]);
    // a: 3 + 4 images at $0.025 (written two ways); b: two prices, so none is claimed
    expect(days[0]?.units).toEqual({
      a: { unit: 'image', quantity: '7', unitPrice: '0.025' },
      b: { unit: 'image', quantity: '8' },
    });
  });
});

describe('formatPath', () => {
  it('writes paths the way a reader would look them up', () => {
    expect(formatPath(['tier', 'models', 'gen4.5', 'maxDailyGenerations'])).toBe('tier.models["gen4.5"].maxDailyGenerations');
    expect(formatPath(['results', 0, 'date'])).toBe('results[0].date');
    expect(formatPath([1, 'amount'])).toBe('[1].amount');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-10-21T07:28:00Z');
  it.each([
    ['2', 2000],
    ['0', 0],
    ['1.5', 1500],
    ['Wed, 21 Oct 2026 07:28:05 GMT', 5000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
    ['soon', undefined],
    [undefined, undefined],
    // malformed: fall back to ordinary backoff, never "retry at once" or "wait for ever"
    ['-5', undefined], // Date.parse reads it as a year
    ['abc', undefined],
    ['1e3', undefined],
    ['99999999999', undefined],
    ['86401', undefined], // more than a day
    ['86400', 86_400_000],
    ['Fri, 31 Dec 9999 23:59:59 GMT', undefined],
  ])('%j -> %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
