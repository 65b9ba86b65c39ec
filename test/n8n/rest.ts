/**
 * n8n's own REST API (the one its editor uses), for what a person does in the editor: set up the
 * owner, add credentials and workflows, publish a workflow, read an execution's run data.
 */
import { parse } from 'flatted';
import type { NodeRun } from './n8n.js';
import type { WorkflowJson } from './workflows.js';

export const OWNER = { email: 'owner@genspend.test', firstName: 'Gen', lastName: 'Spend', password: 'Genspend-e2e-1' };

export interface StoredExecution {
  id: string;
  status: string;
  mode: string;
  runData: Record<string, NodeRun[]>;
  error: Record<string, unknown> | undefined;
}

export class Rest {
  private constructor(
    readonly baseUrl: string,
    /** The `n8n-auth` cookie's value. */
    readonly authCookie: string,
  ) {}

  /** Sets the owner up on a fresh instance and keeps the session it is given. */
  static async owner(baseUrl: string): Promise<Rest> {
    const response = await fetch(`${baseUrl}/rest/owner/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(OWNER),
    });
    if (!response.ok) throw new Error(`owner setup: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
    if (!cookie) throw new Error('owner setup gave no n8n-auth cookie');
    return new Rest(baseUrl, cookie.slice('n8n-auth='.length).split(';')[0]!);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/rest${path}`, {
      method,
      headers: { cookie: `n8n-auth=${this.authCookie}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /rest${path}: ${response.status} ${text.slice(0, 2000)}`);
    return (JSON.parse(text) as { data: T }).data;
  }

  /** Creates a credential and returns its id. */
  async credential(name: string, type: string, data: Record<string, unknown>): Promise<string> {
    return (await this.call<{ id: string }>('POST', '/credentials', { name, type, data })).id;
  }

  /** Creates a workflow; `publish` makes it active (its webhooks registered). Returns its id. */
  async workflow(workflow: Omit<WorkflowJson, 'id' | 'active'>, publish = false): Promise<string> {
    const { name, nodes, connections, settings } = workflow;
    const created = await this.call<{ id: string; versionId: string }>('POST', '/workflows', { name, nodes, connections, settings });
    if (publish) await this.call('POST', `/workflows/${created.id}/activate`, { versionId: created.versionId });
    return created.id;
  }

  /** The newest execution of a workflow, once it has finished. */
  async lastExecution(workflowId: string, timeoutMs = 60_000): Promise<StoredExecution> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const filter = encodeURIComponent(JSON.stringify({ workflowId }));
      const list = await this.call<{ results: Array<{ id: string; status: string }> }>('GET', `/executions?filter=${filter}`);
      const newest = list.results.sort((a, b) => Number(b.id) - Number(a.id))[0];
      if (newest && !['new', 'running', 'waiting'].includes(newest.status)) return this.execution(newest.id);
      if (Date.now() > until) throw new Error(`no finished execution of workflow ${workflowId} in ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async execution(id: string): Promise<StoredExecution> {
    const stored = await this.call<{ id: string; status: string; mode: string; data: string }>('GET', `/executions/${id}`);
    const data = parse(stored.data) as { resultData?: { runData?: Record<string, NodeRun[]>; error?: Record<string, unknown> } };
    const runData = Object.fromEntries(
      Object.entries(data.resultData?.runData ?? {}).map(([name, runs]) => [
        name,
        runs.map((r) => {
          const main = (r as unknown as { data?: { main?: NodeRun['main'] } }).data?.main ?? [];
          return { main, executionTime: r.executionTime, ...(r.error ? { error: r.error } : {}) };
        }),
      ]),
    );
    return { id: stored.id, status: stored.status, mode: stored.mode, runData, error: data.resultData?.error };
  }
}
