/**
 * The nodes package in a real n8n (2.41.1 on Node 24): installed from its `npm pack` tarball,
 * credentials and workflows imported with n8n's CLI, workflows run with `n8n execute`, and the
 * printed run data checked. Provider APIs are local stand-ins; the CLI's own figures for the
 * same workloads and accounts are the reference.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../nodes/test/provider-answers.js';
import { closeServers } from '../../packages/providers/test/server.js';
import { N8n, NODES_DIR, outputOf, type Execution, type Item } from './n8n.js';
import { ACCOUNT, ATTRIBUTES, balanceEnv, JOBS, KEYS, referenceCli, writeManifest } from './reference.js';
import { ensureRuntime } from './runtime.js';
import { providerStandIn, type StandIn } from './standin.js';
import { BALANCE, chain, GENSPEND, genSpendFromItem, itemsFrom, manualTrigger, node, workflow, type WorkflowJson } from './workflows.js';

const CREDENTIALS = {
  runway: { type: 'runwayApi', id: 'genspendRunway', name: 'Runway account' },
  runware: { type: 'runwareApi', id: 'genspendRunware', name: 'Runware account' },
  fal: { type: 'falApi', id: 'genspendFal', name: 'fal account' },
  runpod: { type: 'runpodApi', id: 'genspendRunpod', name: 'Runpod account' },
};
type Provider = keyof typeof CREDENTIALS;
const PROVIDERS = Object.keys(CREDENTIALS) as Provider[];
const credentialOf = (p: Provider) => ({ [CREDENTIALS[p].type]: { id: CREDENTIALS[p].id, name: CREDENTIALS[p].name } });

let standIn: StandIn;
let n8n: N8n;
const scratch = mkdtempSync(join(tmpdir(), 'genspend-e2e-'));
const cli = referenceCli(scratch);
const MAX_COST = '0.5';
const manifestOf = (jobs: ReadonlyArray<Record<string, unknown>>) => writeManifest(scratch, jobs);

const genspend = (item: Item | undefined) => item?.json.genspend as Record<string, unknown>;

const workflows: WorkflowJson[] = [];
const executions = new Map<string, Promise<Execution>>();
/** Runs a workflow once for every test that reads it. */
const once = (id: string) => {
  if (!executions.has(id)) executions.set(id, n8n.execute(id));
  return executions.get(id)!;
};

// --- workflows ---------------------------------------------------------------------------

workflows.push(
  workflow(
    'e2eEstimates001',
    'estimates',
    [
      manualTrigger(),
      ...itemsFrom(JOBS),
      genSpendFromItem('Estimate', ATTRIBUTES),
      genSpendFromItem('Budget', ATTRIBUTES, { maxCostPerItem: Number(MAX_COST) }),
      genSpendFromItem('Total', ATTRIBUTES, { total: true }),
    ],
    [...chain('Start', 'Jobs List', 'Jobs', 'Estimate'), ['Jobs', 'Budget'], ['Jobs', 'Total']],
  ),
);

const BAD_JOBS = [JOBS[0]!, JOBS[6]!, { provider: 'runway', model: 'gen5_ultra', seconds: 5 }, JOBS[2]!];
for (const [id, continueOnFail] of [
  ['e2eBadItemStop1', false],
  ['e2eBadItemCont1', true],
] as const) {
  workflows.push(
    workflow(
      id,
      `bad item, continue on fail ${continueOnFail}`,
      [
        manualTrigger(),
        ...itemsFrom(BAD_JOBS),
        genSpendFromItem('Estimate', ATTRIBUTES, {}, continueOnFail ? { onError: 'continueRegularOutput' } : {}),
      ],
      chain('Start', 'Jobs List', 'Jobs', 'Estimate'),
    ),
  );
}

/**
 * Request bodies as the providers' docs show them, one list per provider, priced by GenSpend with
 * "Job From: Provider Request" reading the body and target from each item.
 */
const REQUESTS: Record<Provider, Array<{ target?: string; body: unknown }>> = {
  fal: [
    { target: 'fal-ai/flux/dev', body: { input: { prompt: 'Extreme close-up of a single tiger eye' }, logs: true } },
    {
      target: 'fal-ai/veo3',
      body: { prompt: 'A casual street interview', aspect_ratio: '16:9', duration: '8s', resolution: '720p', generate_audio: true },
    },
  ],
  runway: [{ target: 'image_to_video', body: { model: 'gen4_turbo', promptImage: 'https://example.com/bunny.jpg', ratio: '1280:720' } }],
  runware: [
    {
      body: [
        { taskType: 'imageInference', taskUUID: 'a1', model: 'runware:101@1', width: 1024, height: 1024, steps: 30, includeCost: true },
        { taskType: 'imageInference', taskUUID: 'a2', model: 'runware:101@1', width: 1024, height: 1024, steps: 28, numberResults: 2 },
      ],
    },
  ],
  runpod: [{ target: 'ADA_24', body: { input: { prompt: 'Your input here' }, policy: { executionTimeout: 900000 } } }],
};
const RUNPOD_SECONDS = 2.3;
const quoteNodes = PROVIDERS.flatMap((p) => [
  ...itemsFrom(REQUESTS[p], `${p} Requests`),
  node(
    `${p} Quote`,
    GENSPEND,
    {
      provider: p,
      jobFrom: 'request',
      requestBody: '={{ $json.body }}',
      ...(p === 'fal' || p === 'runpod' ? { model: '={{ $json.target }}' } : {}),
      ...(p === 'runway' ? { endpoint: '={{ $json.target }}' } : {}),
      ...(p === 'runpod' ? { expectedSeconds: RUNPOD_SECONDS, workerType: 'flex' } : {}),
      simplify: false,
      options: p === 'fal' ? { maxCostPerItem: Number(MAX_COST) } : {},
    },
    { typeVersion: 2 },
  ),
]);
workflows.push(
  workflow(
    'e2eQuotes000001',
    'provider requests',
    [manualTrigger(), ...quoteNodes],
    PROVIDERS.flatMap((p) => chain('Start', `${p} Requests List`, `${p} Requests`, `${p} Quote`)),
  ),
);

// Compare Billed Cost: Runway tasks read from the stand-in through the credential, Runware
// results carrying the cost includeCost put on them (no call)
const BILLED_TASKS = [
  { id: 'task-as-quoted', quoted: '0.6' },
  { id: 'task-refunded', quoted: '1.2' },
];
const RUNWARE_RESULTS = [
  { genspend: { costUsdExact: '0.0013' }, data: [{ taskUUID: 'a1', cost: 0.0013 }] },
  { genspend: { costUsdExact: '0.0038' }, data: [{ taskUUID: 'a2', cost: 0.0013 }] },
];
workflows.push(
  workflow(
    'e2eBilledCost01',
    'billed against quoted',
    [
      manualTrigger(),
      ...itemsFrom(BILLED_TASKS, 'Runway Jobs'),
      node(
        'Runway Billed',
        BALANCE,
        {
          provider: 'runway',
          operation: 'compareBilledCost',
          jobId: '={{ $json.id }}',
          quotedUsd: '={{ $json.quoted }}',
          maxDifferencePercent: 25,
        },
        { credentials: credentialOf('runway'), typeVersion: 2 },
      ),
      ...itemsFrom(RUNWARE_RESULTS, 'Runware Results'),
      node(
        'Runware Billed',
        BALANCE,
        { provider: 'runware', operation: 'compareBilledCost', maxDifferencePercent: 25 },
        { credentials: credentialOf('runware'), typeVersion: 2 },
      ),
    ],
    [
      ...chain('Start', 'Runway Jobs List', 'Runway Jobs', 'Runway Billed'),
      ...chain('Start', 'Runware Results List', 'Runware Results', 'Runware Billed'),
    ],
  ),
);

const readNodes = PROVIDERS.flatMap((p) => [
  node(
    `${p} balance`,
    BALANCE,
    { provider: p, operation: 'getBalance', lowBalanceUsd: 20, criticalBalanceUsd: 5 },
    { credentials: credentialOf(p) },
  ),
  node(
    `${p} burn`,
    BALANCE,
    { provider: p, operation: 'getBurnRate', windowDays: 30, lowDays: 14, criticalDays: 3 },
    { credentials: credentialOf(p) },
  ),
]);
readNodes.push(
  node(
    'runway tiers',
    BALANCE,
    { provider: 'runway', operation: 'getTierLimits', lowPercentLeft: 20 },
    { credentials: credentialOf('runway') },
  ),
);
workflows.push(
  workflow(
    'e2eBalances0001',
    'balances',
    [manualTrigger(), ...readNodes],
    readNodes.map((n) => ['Start', n.name] as [string, string]),
  ),
);

for (const p of PROVIDERS) {
  const read = node(
    'Balance',
    BALANCE,
    { provider: p, operation: 'getBalance', lowBalanceUsd: 20, criticalBalanceUsd: 5 },
    { credentials: credentialOf(p) },
  );
  workflows.push(workflow(`e2eBalance${p.padEnd(5, '0')}`, `${p} balance`, [manualTrigger(), read], chain('Start', 'Balance')));
}

const AFFORD_JOBS = [
  { provider: 'runway', model: 'gen4.5', seconds: 5 },
  { provider: 'runway', model: 'gen4.5', seconds: 4 },
  { provider: 'runway', model: 'gen4.5', seconds: 3 },
  { provider: 'runway', model: 'veo3.1_fast', seconds: 8, audio: false },
];
workflows.push(
  workflow(
    'e2eAfford000001',
    'affordability',
    [
      manualTrigger(),
      ...itemsFrom(AFFORD_JOBS),
      genSpendFromItem('Estimate', ['seconds', 'audio']),
      node(
        'Afford',
        BALANCE,
        { provider: 'runway', operation: 'checkAffordability', estimateField: 'genspend', reserveUsd: 0 },
        { credentials: credentialOf('runway') },
      ),
    ],
    chain('Start', 'Jobs List', 'Jobs', 'Estimate', 'Afford'),
  ),
);

const EXAMPLES = ['low-balance-alert', 'estimate-then-gate', 'runway-tier-check'];
function example(name: string, id: string): WorkflowJson {
  const shipped = JSON.parse(readFileSync(join(NODES_DIR, 'examples', `${name}.json`), 'utf8')) as WorkflowJson;
  return { ...shipped, id, active: false };
}
EXAMPLES.forEach((name, i) => workflows.push(example(name, `e2eExample00000${i}`)));

// --- setup ---------------------------------------------------------------------------------

beforeAll(async () => {
  const runtime = ensureRuntime();
  standIn = await providerStandIn(structuredClone(ACCOUNT));
  n8n = await N8n.start(runtime);
  await n8n.importCredentials(
    PROVIDERS.map((p) => ({
      id: CREDENTIALS[p].id,
      name: CREDENTIALS[p].name,
      type: CREDENTIALS[p].type,
      data: { apiKey: KEYS[p], baseUrl: standIn.url, ...(p === 'runpod' ? { restBaseUrl: standIn.url } : {}) },
    })),
  );
  await n8n.importWorkflows(workflows);
}, 1_800_000);

afterAll(async () => {
  await n8n?.stop();
  await closeServers();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs a workflow against a changed account (and runs it afresh). */
async function executeWith(id: string, account: Account): Promise<Execution> {
  standIn.account = account;
  try {
    return await n8n.execute(id);
  } finally {
    standIn.account = structuredClone(ACCOUNT);
  }
}

// --- estimates -----------------------------------------------------------------------------

describe('GenSpend in n8n', () => {
  let reference: { total: string; workloads: Array<Record<string, unknown>> };
  beforeAll(async () => {
    reference = (await cli(['estimate', manifestOf(JOBS), '--format', 'json'])) as typeof reference;
  });

  it('prices jobs on all four providers exactly as the CLI does for the same workloads', async () => {
    const execution = await once('e2eEstimates001');
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    const items = outputOf(execution, 'Estimate');
    expect(items).toHaveLength(JOBS.length);
    expect(new Set(items.map((i) => genspend(i).provider))).toEqual(new Set(PROVIDERS));
    items.forEach((item, i) => {
      const expected = reference.workloads[i]!;
      expect(item.json).toMatchObject(JOBS[i]!);
      expect(genspend(item)).toMatchObject({ costUsd: expected.cost, basis: expected.basis, lines: expected.lines });
      expect(genspend(item).credits).toBe(expected.credits);
      expect(item.pairedItem).toEqual({ item: i });
    });
  });

  it('routes items over Max Cost per Item to Over Budget', async () => {
    const execution = await once('e2eEstimates001');
    const costs = reference.workloads.map((w) => Number(w.cost));
    const over = (c: number) => c > Number(MAX_COST);
    expect(costs.some(over) && costs.some((c) => !over(c))).toBe(true);
    const indices = (output: number) => outputOf(execution, 'Budget', output).map((i) => (i.pairedItem as { item: number }).item);
    expect(indices(0)).toEqual(costs.flatMap((c, i) => (over(c) ? [] : [i])));
    expect(indices(1)).toEqual(costs.flatMap((c, i) => (over(c) ? [i] : [])));
  });

  it('outputs one total equal to the CLI total', async () => {
    const [total, ...rest] = outputOf(await once('e2eEstimates001'), 'Total');
    expect(rest).toHaveLength(0);
    expect(genspend(total)).toMatchObject({ items: JOBS.length, costUsd: reference.total });
    expect(Object.keys(genspend(total).byProvider as object).sort()).toEqual([...PROVIDERS].sort());
  });

  it('stops at a bad item, naming it and how to fix it', async () => {
    const execution = await once('e2eBadItemStop1');
    expect(execution.exitCode).toBe(1);
    expect(execution.status).toBe('error');
    const error = execution.runData.Estimate?.[0]?.error;
    expect(error?.message).toBe('Item 2: "Model Name or ID": cannot price: unknown Runway API model `gen5_ultra`');
    expect(error?.description).toContain('Fix: choose one from the list in "Model Name or ID"');
  });

  it('with Continue On Fail, turns the bad item into an error item and prices the others', async () => {
    const execution = await once('e2eBadItemCont1');
    expect(execution.exitCode).toBe(0);
    const items = outputOf(execution, 'Estimate');
    // the error item keeps its place: the output is in input order
    expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
    expect(items[2]!.json.error).toBe('Item 2: "Model Name or ID": cannot price: unknown Runway API model `gen5_ultra`');
    expect([0, 1, 3].map((i) => genspend(items[i]).costUsd)).toEqual([0, 6, 2].map((j) => reference.workloads[j]!.cost));
  });
});

describe('GenSpend in n8n, Job From: Provider Request', () => {
  /** `genspend quote` of the same body, the reference. */
  async function quoteOf(p: Provider, request: { target?: string; body: unknown }, i: number): Promise<Record<string, unknown>[]> {
    const file = join(scratch, `${p}-${i}.json`);
    writeFileSync(file, JSON.stringify(request.body));
    // the node's Worker Type is set (flex), so the CLI is told it too
    const args =
      p === 'runpod'
        ? ['--gpu', request.target!, '--seconds', String(RUNPOD_SECONDS), '--worker', 'flex']
        : request.target
          ? [request.target]
          : [];
    const out = (await cli(['quote', p, ...args, file, '--format', 'json'])) as unknown;
    return Array.isArray(out) ? (out as Record<string, unknown>[]) : [out as Record<string, unknown>];
  }

  it('prices the request bodies of all four providers exactly as genspend quote does', async () => {
    const execution = await once('e2eQuotes000001');
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    for (const p of PROVIDERS) {
      const items = p === 'fal' ? [0, 1].flatMap((o) => outputOf(execution, `${p} Quote`, o)) : outputOf(execution, `${p} Quote`);
      expect(items, p).toHaveLength(REQUESTS[p].length);
      for (const item of items) {
        const i = (item.pairedItem as { item: number }).item;
        const jobs = await quoteOf(p, REQUESTS[p][i]!, i);
        const cost = genspend(item);
        const total = jobs.reduce((sum, j) => sum + Number(j.cost), 0);
        expect(cost.provider, p).toBe(p);
        if (jobs.length === 1) expect(cost.costUsdExact, p).toBe(jobs[0]!.cost);
        else expect(cost.costUsd, p).toBeCloseTo(total, 15);
        expect(cost.read, p).toEqual(jobs.flatMap((j) => j.read as string[]));
        expect(cost.ignored, p).toEqual(jobs.flatMap((j) => j.ignored as string[]));
        expect(cost.assumed, p).toEqual(jobs.flatMap((j) => j.assumed as unknown[]));
        if (jobs[0]!.credits !== undefined) expect(cost.creditsExact, p).toBe(jobs[0]!.credits);
      }
    }
    // fal's flux at $0.025 is within the $0.50 limit, its Veo 3 at $3.20 over it
    expect(outputOf(execution, 'fal Quote', 0).map((i) => genspend(i).costUsdExact)).toEqual(['0.025']);
    expect(outputOf(execution, 'fal Quote', 1).map((i) => genspend(i).costUsdExact)).toEqual(['3.2']);
    // Runpod: 2.3 s billed 3 s x $0.00031; at most 900 s x $0.00031
    expect(genspend(outputOf(execution, 'runpod Quote')[0])).toMatchObject({
      costUsdExact: '0.00093',
      atMost: { seconds: 900, costUsdExact: '0.279' },
    });
    // the two FLUX tasks: $0.0038 x 30 / 28 + $0.0038 x 2
    expect(genspend(outputOf(execution, 'runware Quote')[0]).costUsdExact).toBe('0.011671428571428571428571428571428571428571');
  });
});

// --- balances ------------------------------------------------------------------------------

describe('GenSpend Balance in n8n', () => {
  it('reads balance, burn rate and days left as the CLI does, through each credential', async () => {
    const execution = await once('e2eBalances0001');
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    const reference = (await cli(['balance', '--format', 'json', '--days', '30'], balanceEnv(standIn.url))) as {
      providers: Array<Record<string, unknown>>;
    };
    for (const p of PROVIDERS) {
      const expected = reference.providers.find((r) => r.provider === p)!;
      const [burn] = outputOf(execution, `${p} burn`);
      expect(burn!.json, p).toMatchObject({
        balanceUsd: expected.balanceUsd,
        burnPerDayUsd: expected.burnPerDayUsd,
        daysLeft: expected.daysLeft,
        status: expected.status,
      });
      const [balance] = outputOf(execution, `${p} balance`);
      expect(balance!.json.balanceUsd).toBe(expected.balanceUsd);
    }
    // floors: $12.34 is under the $20 low floor, $2 under the $5 critical one
    expect(outputOf(execution, 'runware balance')[0]!.json.status).toBe('low');
    expect(outputOf(execution, 'runpod balance')[0]!.json.status).toBe('critical');
    // each provider got its own key in its own header style
    const auth = (path: string) => standIn.requests.find((r) => r.url.startsWith(path))?.headers.authorization;
    expect(auth('/v1/organization')).toBe(`Bearer ${KEYS.runway}`);
    expect(auth('/v1/account/billing')).toBe(`Key ${KEYS.fal}`);
    expect(auth('/graphql')).toBe(`Bearer ${KEYS.runpod}`);
    expect(standIn.requests.find((r) => r.url === '/v1/organization')?.headers['x-runway-version']).toBe('2024-11-06');
  });

  it('reads Runway tier limits: per model used and left, the cap and its tier', async () => {
    const [tiers] = outputOf(await once('e2eBalances0001'), 'runway tiers');
    const models = ACCOUNT.runway!.models!;
    // gen4.5 has 2 of 50 left today: under 20%, low
    expect(tiers!.json).toMatchObject({ maxMonthlyCreditSpend: 10000, tier: 1, status: 'low' });
    expect(tiers!.json.models).toEqual(
      Object.entries(models).map(([model, m]) => ({
        model,
        maxConcurrentGenerations: m.maxConcurrentGenerations,
        maxDailyGenerations: m.maxDailyGenerations,
        dailyGenerationsUsed: m.used,
        dailyGenerationsLeft: m.maxDailyGenerations! - m.used,
      })),
    );
  });

  it("routes jobs by the balance and the model's daily generations left", async () => {
    const execution = await once('e2eAfford000001');
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    const left = ACCOUNT.runway!.models!['gen4.5']!;
    const gen45 = AFFORD_JOBS.flatMap((j, i) => (j.model === 'gen4.5' ? [i] : []));
    const affordable = outputOf(execution, 'Afford', 0).map((i) => (i.pairedItem as { item: number }).item);
    const notAffordable = outputOf(execution, 'Afford', 1);
    expect(affordable).toEqual([...gen45.slice(0, left.maxDailyGenerations! - left.used), 3]);
    expect(notAffordable.map((i) => (i.pairedItem as { item: number }).item)).toEqual(gen45.slice(left.maxDailyGenerations! - left.used));
    expect((notAffordable[0]!.json.genspendAffordability as Record<string, unknown>).reason).toMatch(/left of the daily limit/);
  });

  it('Compare Billed Cost routes each finished job by its bill against its quote', async () => {
    const tasks = { 'task-as-quoted': { status: 'SUCCEEDED', credits: 60 }, 'task-refunded': { status: 'SUCCEEDED', credits: 0 } };
    const execution = await executeWith('e2eBilledCost01', { ...ACCOUNT, runway: { ...ACCOUNT.runway!, tasks } });
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    // 60 credits at $0.01: $0.60, as quoted
    const [asQuoted] = outputOf(execution, 'Runway Billed', 0);
    expect(outputOf(execution, 'Runway Billed', 0)).toHaveLength(1);
    expect(asQuoted!.json.genspendBilled).toMatchObject({
      id: 'task-as-quoted',
      billedUsd: 0.6,
      billedUsdExact: '0.6',
      billedCredits: 60,
      offQuote: false,
    });
    // a refunded task bills 0 against $1.20: off by 100%
    const [refunded] = outputOf(execution, 'Runway Billed', 1);
    expect(refunded!.json.genspendBilled).toMatchObject({
      id: 'task-refunded',
      billedUsdExact: '0',
      differenceUsdExact: '-1.2',
      offQuote: true,
    });
    expect(standIn.requests.filter((r) => r.url.startsWith('/v1/tasks/')).map((r) => r.url)).toEqual(
      expect.arrayContaining(['/v1/tasks/task-as-quoted', '/v1/tasks/task-refunded']),
    );
    // Runware: the cost on the result; $0.0013 billed against $0.0038 quoted is 65.8% under
    expect(outputOf(execution, 'Runware Billed', 0).map((i) => (i.json.genspendBilled as Record<string, unknown>).quotedUsdExact)).toEqual([
      '0.0013',
    ]);
    const [under] = outputOf(execution, 'Runware Billed', 1);
    expect(under!.json.genspendBilled).toMatchObject({ billedUsdExact: '0.0013', differenceUsdExact: '-0.0025', offQuote: true });
    for (const key of Object.values(KEYS)) expect(execution.output).not.toContain(key);
  });

  const failures: Array<[Provider, Account['failure'], string, RegExp]> = [
    ['fal', { status: 403, body: { detail: 'User is locked. Reason: Exhausted balance.' } }, 'quota-exhausted', /the account is locked/],
    [
      'runway',
      { status: 429, body: { error: 'Your daily task limit has been reached.' } },
      'quota-exhausted',
      /daily generation limit is reached/,
    ],
    [
      'runpod',
      { status: 429, headers: { 'retry-after': '120' }, body: { errors: [{ message: 'slow down' }] } },
      'rate-limited',
      /retry after 120 s/,
    ],
    [
      'runware',
      { status: 401, body: { errors: [{ code: 'invalidApiKey', message: `Invalid API key ${KEYS.runware}` }] } },
      'credential-invalid',
      /API key was refused/,
    ],
  ];
  for (const [provider, failure, cause, message] of failures) {
    it(`a ${provider} ${failure!.status} fails the node as ${cause}, without the key`, async () => {
      const execution = await executeWith(`e2eBalance${provider.padEnd(5, '0')}`, { ...ACCOUNT, failure });
      expect(execution.exitCode).toBe(1);
      const error = execution.runData.Balance?.[0]?.error as Record<string, unknown>;
      expect(error.message).toMatch(message);
      expect(error.failure).toMatchObject({ cause, ...(cause === 'rate-limited' ? { retryAfterMs: 120_000 } : {}) });
      for (const key of Object.values(KEYS)) expect(execution.output).not.toContain(key);
    });
  }
});

// --- examples ------------------------------------------------------------------------------

describe('example workflows (nodes/examples)', () => {
  it('low-balance alert fires when the balance lasts under 14 days', async () => {
    // 600 credits = $6 at $1 a day: 6 days left, low
    const execution = await executeWith('e2eExample000000', { ...ACCOUNT, runway: { ...ACCOUNT.runway!, credits: 600 } });
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    expect(outputOf(execution, 'Send Alert')[0]!.json).toMatchObject({
      status: 'low',
      daysLeft: 6,
      daysLeftExact: '6.0',
      burnPerDayUsd: 1,
      burnPerDayUsdExact: '1',
    });
    expect(execution.runData['All Good']).toBeUndefined();
  });

  it('estimate-then-gate submits only jobs within budget that the account can run now', async () => {
    const execution = await once('e2eExample000001');
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    const models = (name: string) => outputOf(execution, name).map((i) => `${i.json.model} ${i.json.seconds}s`);
    // veo3.1 with audio is 40 credits a second: $3.20 for 8 s, over the $1 limit
    expect(models('Rejected: Over Budget')).toEqual(['veo3.1 8s']);
    // two gen4.5 generations left today: the first two gen4.5 jobs go, gen4_turbo has no limit
    expect(models('Submit to Runway')).toEqual(['gen4.5 5s', 'gen4.5 4s', 'gen4_turbo 10s']);
    expect(execution.runData['Hold: Not Affordable']).toBeUndefined();
  });

  it('Runway tier check warns when a model is out of daily generations', async () => {
    const models = { 'gen4.5': { maxConcurrentGenerations: 2, maxDailyGenerations: 50, used: 50 } };
    const execution = await executeWith('e2eExample000002', { ...ACCOUNT, runway: { ...ACCOUNT.runway!, models } });
    expect(execution.exitCode, execution.output.slice(-2000)).toBe(0);
    expect(outputOf(execution, 'Warn the Team')[0]!.json).toMatchObject({
      status: 'critical',
      reasons: ['gen4.5: no generations left of 50 a day in the last 24 h'],
    });
  });
});
