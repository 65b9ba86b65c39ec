import { ATTRIBUTE_NAMES, defaultCatalog } from '@genspend/core';
import { PROVIDER_IDS } from '@genspend/providers';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_FIELDS } from '../nodes/shared/estimate';
import { PROVIDER_OPTIONS } from '../nodes/shared/providers';

// The node's tables are written for the editor; the lists they must cover come from the core
// and the provider clients, so a new attribute or provider cannot be left out of the node.
describe("the nodes' tables cover what the core and the clients know", () => {
  it('one Job Attributes field per workload attribute of the core, and no other', () => {
    expect(ATTRIBUTE_FIELDS.map((f) => f.name).sort()).toEqual([...ATTRIBUTE_NAMES].sort());
    // the editor lists them in order (n8n's lint asks for sorted collection options)
    const names = ATTRIBUTE_FIELDS.map((f) => f.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('one provider option per provider the clients read, each priced by the catalog', () => {
    expect(PROVIDER_OPTIONS.map((o) => o.value).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const id of PROVIDER_IDS) expect(defaultCatalog().provider(id), id).toBeDefined();
  });
});
