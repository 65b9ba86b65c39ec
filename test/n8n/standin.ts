/**
 * The four providers' APIs on one local server (providers' test stand-in), answering from an
 * account description the tests change between executions, and recording what n8n sent.
 */
import { answer, type Account } from '../../nodes/test/provider-answers.js';
import { serve, type Received, type TestServer } from '../../packages/providers/test/server.js';

export interface StandIn {
  url: string;
  account: Account;
  requests: Received[];
}

export async function providerStandIn(account: Account): Promise<StandIn> {
  const standIn: { account: Account } = { account };
  const server: TestServer = await serve((request) => {
    const reply = answer(standIn.account, request.method, request.url.split('?')[0]!, request.body);
    return { status: reply.status, ...(reply.headers ? { headers: reply.headers } : {}), body: reply.body };
  });
  return Object.assign(standIn, { url: server.url, requests: server.requests });
}
