import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { GenSpendBalance } from '../nodes/GenSpendBalance/GenSpendBalance.node';
import { ATTRIBUTE_FIELDS } from '../nodes/shared/estimate';
import { context, rejection, type HttpCall, type Param } from './context';
import { answer, type Account } from './provider-answers';

/** Every field name the editor shows for a node, collections' options included. */
function displayNames(type: INodeType): Set<string> {
  const names = new Set<string>();
  const walk = (properties: readonly unknown[]) => {
    for (const p of properties as INodeProperties[]) {
      if (typeof p.displayName !== 'string') continue;
      names.add(p.displayName);
      if (p.type === 'collection' && p.options) walk(p.options);
    }
  };
  walk(type.description.properties);
  return names;
}

const estimate = new GenSpend();
const balance = new GenSpendBalance();
const ACCOUNT: Account = {
  runway: { credits: 1000, models: { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 1 } } },
  runware: { balance: 5 },
  fal: { balance: 5 },
};
const credentials = { runwayApi: { apiKey: 'rw-key' }, runwareApi: { apiKey: 'rr-key' }, falApi: { apiKey: 'fal-key' } };

interface Path {
  what: string;
  node: INodeType;
  params: Record<string, Param>;
  items?: number;
  /** The field the message must name, as the editor shows it. */
  field: string;
  itemIndex: number;
}

const two = (good: unknown, bad: unknown) => (i: number) => (i === 0 ? good : bad);
const size = { width: 1024, height: 1024, steps: 28 };
const flux = { provider: 'runware', model: 'runware:101@1', attributes: size };

/** An invalid value for each attribute the node offers. */
const badValue = (kind: string): unknown => (kind === 'number' ? 'lots' : kind === 'boolean' ? 'maybe' : kind === 'choice' ? 7 : 42);

const ESTIMATE_PATHS: Path[] = [
  { what: 'no provider', params: { ...flux, provider: two('runware', '') }, field: 'Provider' },
  { what: 'a provider that is not text', params: { ...flux, provider: two('runware', 7) }, field: 'Provider' },
  { what: 'an unknown provider', params: { ...flux, provider: two('runware', 'midjourney') }, field: 'Provider' },
  { what: 'no model', params: { ...flux, model: two('runware:101@1', '  ') }, field: 'Model Name or ID' },
  { what: 'an unknown model', params: { ...flux, model: two('runware:101@1', 'runware:999@9') }, field: 'Model Name or ID' },
  { what: 'attributes that are not an object', params: { ...flux, attributes: two(size, 'width=1024') }, field: 'Job Attributes' },
  {
    what: 'an own __proto__ key',
    params: { ...flux, attributes: two(size, JSON.parse('{"__proto__": {"width": 1}}')) },
    field: 'Job Attributes',
  },
  { what: 'an unknown attribute', params: { ...flux, attributes: two(size, { ...size, speed: 2 }) }, field: 'Job Attributes' },
  ...ATTRIBUTE_FIELDS.map((f) => ({
    what: `a bad ${f.name}`,
    params: { ...flux, attributes: two(size, { ...size, [f.name]: badValue(f.kind) }) },
    field: f.displayName,
  })),
  {
    what: 'a missing attribute',
    params: { provider: 'runway', model: 'gen4_image', attributes: two({ resolution: '720p' }, {}) },
    field: 'Resolution',
  },
  {
    what: 'a value the model does not know',
    params: { provider: 'runway', model: 'gen4_image', attributes: two({ resolution: '720p' }, { resolution: '8K' }) },
    field: 'Resolution',
  },

  {
    what: 'a bad maximum',
    params: { ...flux, attributes: size, options: two({ maxCostPerItem: 1 }, { maxCostPerItem: -1 }) },
    field: 'Max Cost per Item (USD)',
  },
  { what: 'a bad period', params: { ...flux, attributes: size, options: two({}, { period: 'quarter' }) }, field: 'Period' },
].map((p) => ({ node: estimate, items: 2, itemIndex: 1, ...p }));
ESTIMATE_PATHS.push({
  what: 'an Output Total that is not a boolean',
  node: estimate,
  params: { ...flux, attributes: size, options: { total: 'yes' } },
  field: 'Output Total',
  itemIndex: 0,
});

const tiers = { provider: 'runway', operation: 'getTierLimits', lowPercentLeft: 20 };
const burn = { provider: 'runware', operation: 'getBurnRate', windowDays: 7, lowDays: 14, criticalDays: 3 };
const floors = { provider: 'fal', operation: 'getBalance', lowBalanceUsd: 10, criticalBalanceUsd: 2 };
const afford = { provider: 'runware', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 };
const BALANCE_PATHS: Path[] = [
  { what: 'an unknown provider', params: { ...floors, provider: 'openai' }, field: 'Provider', itemIndex: 0 },
  { what: 'an unknown operation', params: { ...floors, operation: 'getInvoices' }, field: 'Operation', itemIndex: 0 },
  { what: 'tier limits off Runway', params: { ...tiers, provider: 'fal' }, field: 'Operation', itemIndex: 0 },
  { what: 'a bad low floor', params: { ...floors, lowBalanceUsd: two(10, -1) }, field: 'Low Below (USD)', itemIndex: 1 },
  { what: 'a bad critical floor', params: { ...floors, criticalBalanceUsd: two(2, 'x') }, field: 'Critical Below (USD)', itemIndex: 1 },
  { what: 'a window too long', params: { ...burn, windowDays: two(7, 91) }, field: 'Window (Days)', itemIndex: 1 },
  { what: 'a window of part days', params: { ...burn, windowDays: two(7, 2.5) }, field: 'Window (Days)', itemIndex: 1 },
  { what: 'bad low days', params: { ...burn, lowDays: two(14, NaN) }, field: 'Low Under (Days Left)', itemIndex: 1 },
  { what: 'bad critical days', params: { ...burn, criticalDays: two(3, -3) }, field: 'Critical Under (Days Left)', itemIndex: 1 },
  { what: 'critical above low', params: { ...burn, criticalDays: two(3, 30) }, field: 'Critical Under (Days Left)', itemIndex: 1 },
  {
    what: 'a bad share',
    params: { ...tiers, lowPercentLeft: two(20, 120) },
    field: 'Low Under (% Left)',
    itemIndex: 1,
  },
  { what: 'a bad estimate field', params: { ...afford, estimateField: ['genspend'] }, field: 'Estimate Field', itemIndex: 0 },
  { what: 'a bad reserve', params: { ...afford, reserveUsd: -5 }, field: 'Keep at Least (USD)', itemIndex: 0 },
].map((p) => ({ node: balance, items: 2, ...p }));

/** Check Affordability reads the item: the second item of each case is the bad one. */
const AFFORDABILITY_ITEMS: Array<[string, IDataObject, string]> = [
  ['no estimate', { other: {} }, 'Estimate Field'],
  ['an estimate that is not an object', { genspend: '0.1' }, 'Estimate Field'],
  ['a job priced for another provider', { genspend: { provider: 'fal', costUsd: '0.1' } }, 'Provider'],
  ['a bad cost', { genspend: { provider: 'runware', costUsd: '-0.1' } }, 'Estimate Field'],
  ['bad runs', { genspend: { provider: 'runware', costUsd: '0.1', runs: 'many' } }, 'Estimate Field'],
];

function execute(path: Path, items?: IDataObject[]) {
  const { ctx } = context({
    params: path.node === estimate ? { attributes: {}, options: {}, ...path.params } : path.params,
    items: items ?? Array.from({ length: path.items ?? 1 }, () => ({})),
    credentials,
    http: ({ options }: HttpCall) => {
      const url = new URL(options.url);
      const reply = answer(ACCOUNT, options.method ?? 'GET', url.pathname, typeof options.body === 'string' ? options.body : '');
      return { statusCode: reply.status, headers: reply.headers, body: reply.body };
    },
  });
  return path.node.execute!.call(ctx);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-21T09:30:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('every input error names the item, the field as the editor shows it, and the fix', () => {
  const messages = new Set<string>();
  const cases: Array<[Path, IDataObject[] | undefined]> = [
    ...ESTIMATE_PATHS.map((p): [Path, undefined] => [p, undefined]),
    ...BALANCE_PATHS.map((p): [Path, undefined] => [p, undefined]),
    ...AFFORDABILITY_ITEMS.map(([what, bad, field]): [Path, IDataObject[]] => [
      { what, node: balance, params: afford, field, itemIndex: 1 },
      [{ genspend: { provider: 'runware', costUsd: '0.1' } }, bad],
    ]),
  ];

  for (const [path, items] of cases) {
    it(`${path.node === estimate ? 'GenSpend' : 'GenSpend Balance'}: ${path.what}`, async () => {
      const error = await rejection(execute(path, items));
      expect(error).toBeInstanceOf(NodeOperationError);
      const match = /^Item (\d+): "([^"]+)"/.exec(error.message);
      expect(match, error.message).not.toBeNull();
      expect(Number(match![1])).toBe(path.itemIndex);
      expect((error as unknown as NodeOperationError).context.itemIndex).toBe(path.itemIndex);
      expect(match![2]).toBe(path.field);
      expect(displayNames(path.node)).toContain(match![2]);
      // the fix says where to change it: a field of the node, or the node before it
      expect(error.description).toMatch(/^Fix: .*("[^"]+"|GenSpend node)/);
      messages.add(error.message);
    });
  }

  it('reached a different error on every path', () => {
    expect(messages.size).toBe(cases.length);
  });
});
