/**
 * The nodes package in n8n's queue mode, as n8n scales past one machine: Redis for the queue,
 * PostgreSQL for the shared database, a main process that takes the webhook call and a worker
 * that runs the execution. Main and worker have user folders of their own, each with the package
 * installed in it, as two machines would. The CLI's figures for the same jobs and accounts are
 * the reference; a worker without the package shows what a forgotten install looks like.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServers } from '../../packages/providers/test/server.js';
import { N8n, type Item } from './n8n.js';
import { ACCOUNT, ATTRIBUTES, balanceEnv, JOBS, KEYS, referenceCli, writeManifest } from './reference.js';
import { Rest, type StoredExecution } from './rest.js';
import { ensureRuntime, type Runtime } from './runtime.js';
import { freePort, startPostgres, startRedis, type Postgres, type Server } from './servers.js';
import { providerStandIn, type StandIn } from './standin.js';
import { BALANCE, genSpendFromItem, node, workflow } from './workflows.js';

const PROVIDERS = ['runway', 'runware', 'fal', 'runpod'] as const;
const CREDENTIAL_TYPES = { runway: 'runwayApi', runware: 'runwareApi', fal: 'falApi', runpod: 'runpodApi' } as const;
const WEBHOOK_PATH = 'genspend-queue';

const scratch = mkdtempSync(join(tmpdir(), 'genspend-queue-'));
const cli = referenceCli(scratch);
const instances: N8n[] = [];
let runtime: Runtime;
let standIn: StandIn;
let redis: (Server & { port: number }) | undefined;
let postgres: Postgres | undefined;
let queueEnv: Record<string, string>;
let main: Server;
let worker: Server;
let rest: Rest;
let baseUrl: string;
let workflowId: string;

async function instance(name: string, withPackage: boolean, command: string[], env: Record<string, string> = {}): Promise<Server> {
  const n8n = await N8n.start(runtime, { withPackage, env: queueEnv });
  instances.push(n8n);
  return n8n.serve(name, command, env);
}

/** Calls the production webhook; n8n registers it a moment after the workflow is published. */
async function callWebhook(body: unknown): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${baseUrl}/webhook/${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 404 || attempt === 20) return response;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  runtime = ensureRuntime();
  standIn = await providerStandIn(structuredClone(ACCOUNT));
  redis = await startRedis(scratch);
  postgres = await startPostgres();
  queueEnv = {
    EXECUTIONS_MODE: 'queue',
    QUEUE_BULL_REDIS_HOST: '127.0.0.1',
    QUEUE_BULL_REDIS_PORT: String(redis.port),
    DB_TYPE: 'postgresdb',
    DB_POSTGRESDB_HOST: '127.0.0.1',
    DB_POSTGRESDB_PORT: String(postgres.port),
    DB_POSTGRESDB_DATABASE: 'postgres',
    DB_POSTGRESDB_USER: 'postgres',
    N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
    N8N_SECURE_COOKIE: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
  };
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // main first: it runs the database migrations the worker then finds done
  main = await instance('main', true, ['start'], { N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', WEBHOOK_URL: `${baseUrl}/` });
  await main.waitForLog(/Editor is now accessible/);
  worker = await instance('worker', true, ['worker', '--concurrency=2']);
  await worker.waitForLog(/n8n worker is now ready/);

  rest = await Rest.owner(baseUrl);
  const credentials: Record<string, Record<string, { id: string; name: string }>> = {};
  for (const p of PROVIDERS) {
    const name = `${p} account`;
    const id = await rest.credential(name, CREDENTIAL_TYPES[p], {
      apiKey: KEYS[p],
      baseUrl: standIn.url,
      ...(p === 'runpod' ? { restBaseUrl: standIn.url } : {}),
    });
    credentials[p] = { [CREDENTIAL_TYPES[p]]: { id, name } };
  }
  const burn = PROVIDERS.map((p) =>
    node(
      `${p} burn`,
      BALANCE,
      { provider: p, operation: 'getBurnRate', windowDays: 30, lowDays: 14, criticalDays: 3 },
      { credentials: credentials[p]! },
    ),
  );
  const webhook = {
    ...node(
      'Webhook',
      'n8n-nodes-base.webhook',
      { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
      { typeVersion: 2 },
    ),
    webhookId: randomUUID(),
  };
  workflowId = await rest.workflow(
    workflow(
      'queue',
      'jobs from a webhook, priced on a worker',
      [
        webhook,
        node('Jobs', 'n8n-nodes-base.splitOut', { fieldToSplitOut: 'body.jobs', options: {} }),
        genSpendFromItem('Estimate', ATTRIBUTES),
        genSpendFromItem('Total', ATTRIBUTES, { total: true }),
        ...burn,
      ],
      [['Webhook', 'Jobs'], ['Jobs', 'Estimate'], ['Jobs', 'Total'], ...burn.map((n) => ['Webhook', n.name] as [string, string])],
    ),
    true,
  );
}, 1_800_000);

afterAll(async () => {
  for (const n8n of instances) await n8n.stop();
  await redis?.stop();
  await postgres?.stop();
  await closeServers();
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

const genspend = (item: Item | undefined) => item?.json.genspend as Record<string, unknown>;
const outputOf = (execution: StoredExecution, name: string) => {
  const runs = execution.runData[name];
  if (!runs?.length) throw new Error(`node "${name}" did not run: ${JSON.stringify(execution.error)}`);
  return runs[0]!.main[0] ?? [];
};

describe('queue mode: main, worker, Redis and PostgreSQL', () => {
  let execution: StoredExecution;
  beforeAll(async () => {
    const response = await callWebhook({ jobs: JOBS });
    expect(response.status, await response.clone().text()).toBe(200);
    execution = await rest.lastExecution(workflowId);
  });

  it('runs the webhook-triggered execution on the worker, not on main', () => {
    expect(execution.mode).toBe('webhook');
    expect(execution.status, JSON.stringify(execution.error)).toBe('success');
    expect(worker.log()).toContain(`Worker started execution ${execution.id} `);
    expect(worker.log()).toContain(`Worker finished execution ${execution.id} `);
    expect(main.log()).not.toMatch(/Worker (started|finished) execution/);
  });

  it('GenSpend on the worker prices every job exactly as the CLI does', async () => {
    const reference = (await cli(['estimate', writeManifest(scratch, JOBS), '--format', 'json'])) as {
      total: string;
      workloads: Array<Record<string, unknown>>;
    };
    const items = outputOf(execution, 'Estimate');
    expect(items).toHaveLength(JOBS.length);
    items.forEach((item, i) => {
      const expected = reference.workloads[i]!;
      expect(genspend(item)).toMatchObject({ costUsd: expected.cost, basis: expected.basis, lines: expected.lines });
      expect(genspend(item).credits).toBe(expected.credits);
    });
    expect(genspend(outputOf(execution, 'Total')[0])).toMatchObject({ items: JOBS.length, costUsd: reference.total });
  });

  it('GenSpend Balance on the worker reads balance, burn rate and days left as the CLI does', async () => {
    const reference = (await cli(['balance', '--format', 'json', '--days', '30'], balanceEnv(standIn.url))) as {
      providers: Array<Record<string, unknown>>;
    };
    for (const p of PROVIDERS) {
      const expected = reference.providers.find((r) => r.provider === p)!;
      expect(outputOf(execution, `${p} burn`)[0]!.json, p).toMatchObject({
        balanceUsd: expected.balanceUsd,
        burnPerDayUsd: expected.burnPerDayUsd,
        daysLeft: expected.daysLeft,
        status: expected.status,
      });
    }
    // the keys went to the stand-in from the worker's decrypted credentials, and nowhere else
    expect(standIn.requests.find((r) => r.url.startsWith('/v1/organization'))?.headers.authorization).toBe(`Bearer ${KEYS.runway}`);
    for (const server of [main, worker]) for (const key of Object.values(KEYS)) expect(server.log()).not.toContain(key);
  });

  it('a worker without the package fails the execution with "Unrecognized node type"', async () => {
    await worker.stop();
    const bare = await instance('bare-worker', false, ['worker', '--concurrency=2']);
    await bare.waitForLog(/n8n worker is now ready/);
    const response = await callWebhook({ jobs: JOBS.slice(0, 1) });
    expect(response.status).toBe(500);
    const failed = await rest.lastExecution(workflowId);
    expect(failed.id).not.toBe(execution.id);
    expect(failed.status).toBe('error');
    expect(bare.log()).toContain(`Worker started execution ${failed.id} `);
    expect(JSON.stringify(failed.error)).toMatch(/Unrecognized node type: n8n-nodes-genspend\.genSpend/);
  });
});
