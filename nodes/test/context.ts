import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INode, INodeExecutionData, NodeExecutionHint } from 'n8n-workflow';

/** A parameter's value, or a function of the item index (what an expression would give per item). */
export type Param = unknown | ((itemIndex: number) => unknown);

export interface HttpCall {
  credentialType: string;
  options: IHttpRequestOptions;
}

export interface HttpReply {
  statusCode?: number;
  headers?: Record<string, string>;
  /** Sent as JSON text unless it is a string already. */
  body?: unknown;
}

export interface ContextOptions {
  items?: IDataObject[];
  params: Record<string, Param>;
  continueOnFail?: boolean;
  credentials?: Record<string, IDataObject>;
  /** Answers n8n's HTTP helper; throwing stands for no response at all. */
  http?: (call: HttpCall) => HttpReply | Promise<HttpReply>;
  /** The node's type version as the workflow saved it (default 1). */
  version?: number;
}

export const NODE: INode = {
  id: 'node-1',
  name: 'Under Test',
  type: 'n8n-nodes-genspend.test',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

/**
 * A stand-in for n8n's IExecuteFunctions with just what the nodes use: input items, parameters
 * per item, Continue On Fail, credentials, the authenticated HTTP helper and execution hints. It
 * records every HTTP call and every hint.
 */
export function context(options: ContextOptions): { ctx: IExecuteFunctions; calls: HttpCall[]; hints: NodeExecutionHint[] } {
  const items: INodeExecutionData[] = (options.items ?? [{}]).map((json) => ({ json }));
  const calls: HttpCall[] = [];
  const hints: NodeExecutionHint[] = [];
  const node: INode = { ...NODE, typeVersion: options.version ?? NODE.typeVersion };
  const param = (name: string, itemIndex: number, fallback?: unknown) => {
    if (!(name in options.params)) {
      if (fallback !== undefined) return fallback;
      throw new Error(`test context: parameter ${name} not set`);
    }
    const value = options.params[name];
    return typeof value === 'function' ? (value as (i: number) => unknown)(itemIndex) : value;
  };
  const ctx = {
    getInputData: () => items,
    getNode: () => node,
    addExecutionHints: (...added: NodeExecutionHint[]) => hints.push(...added),
    getNodeParameter: param,
    continueOnFail: () => options.continueOnFail ?? false,
    getCredentials: async (type: string) => {
      const found = options.credentials?.[type];
      if (!found) throw new Error(`test context: no ${type} credential`);
      return found;
    },
    helpers: {
      async httpRequestWithAuthentication(credentialType: string, requestOptions: IHttpRequestOptions) {
        const call = { credentialType, options: requestOptions };
        calls.push(call);
        if (!options.http) throw new Error('test context: no HTTP expected');
        const reply = await options.http(call);
        return {
          statusCode: reply.statusCode ?? 200,
          headers: { 'content-type': 'application/json', ...reply.headers },
          body: typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {}),
        };
      },
    },
  };
  return { ctx: ctx as unknown as IExecuteFunctions, calls, hints };
}

/** Awaits a rejection and returns the error, failing when the promise resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & IDataObject> {
  try {
    await promise;
  } catch (e) {
    return e as Error & IDataObject;
  }
  throw new Error('expected a failure, but it succeeded');
}
