import type { IDataObject } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import billedVsQuote from '../examples/billed-vs-quote.json';
import estimateThenGate from '../examples/estimate-then-gate.json';
import lowBalanceAlert from '../examples/low-balance-alert.json';
import runwayTierCheck from '../examples/runway-tier-check.json';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { GenSpendBalance } from '../nodes/GenSpendBalance/GenSpendBalance.node';
import { CREDENTIAL_TYPES } from '../nodes/shared/providers';

interface NodeJson {
  name: string;
  type: string;
  typeVersion: number;
  parameters: IDataObject;
  credentials?: Record<string, { id: unknown; name: unknown }>;
}

const EXAMPLES = { billedVsQuote, estimateThenGate, lowBalanceAlert, runwayTierCheck } as unknown as Record<string, { nodes: NodeJson[] }>;
const DEFAULT_VERSION: Record<string, unknown> = {
  'n8n-nodes-genspend.genSpend': new GenSpend().description.defaultVersion,
  'n8n-nodes-genspend.genSpendBalance': new GenSpendBalance().description.defaultVersion,
};

describe('the shipped example workflows', () => {
  for (const [name, workflow] of Object.entries(EXAMPLES)) {
    const ours = workflow.nodes.filter((n) => n.type in DEFAULT_VERSION);

    it(`${name}: names credentials without an id, so n8n matches them by name on import`, () => {
      // an id only exists in the instance that made it: `n8n import:workflow` and the REST API keep a stale one and the run fails
      for (const node of ours.filter((n) => n.credentials)) {
        for (const [type, credential] of Object.entries(node.credentials!)) {
          expect(credential, node.name).toEqual({ id: null, name: expect.any(String) });
          expect(type).toBe(CREDENTIAL_TYPES[node.parameters.provider as keyof typeof CREDENTIAL_TYPES]);
        }
      }
    });

    it(`${name}: uses the current version of each GenSpend node`, () => {
      expect(ours.length).toBeGreaterThan(0);
      for (const node of ours) expect(node.typeVersion, node.name).toBe(DEFAULT_VERSION[node.type]);
    });
  }
});
