/** Workflow JSON as n8n imports it, built from small pieces. */
export const GENSPEND = 'n8n-nodes-genspend.genSpend';
export const BALANCE = 'n8n-nodes-genspend.genSpendBalance';

export interface NodeJson {
  id: string;
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  parameters: Record<string, unknown>;
  credentials?: Record<string, { id: string; name: string }>;
  onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
}

export interface WorkflowJson {
  id: string;
  name: string;
  active: boolean;
  nodes: NodeJson[];
  connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }>;
  settings: Record<string, unknown>;
}

let counter = 0;

export function node(name: string, type: string, parameters: Record<string, unknown> = {}, extra: Partial<NodeJson> = {}): NodeJson {
  counter++;
  return { id: `node-${counter}`, name, type, typeVersion: 1, position: [counter * 220, 0], parameters, ...extra };
}

export const manualTrigger = () => node('Start', 'n8n-nodes-base.manualTrigger');

/** Items from a list: a Set node holding `{ jobs }` and a Split Out node making one item per job. */
export function itemsFrom(jobs: readonly object[], name = 'Jobs'): NodeJson[] {
  return [
    node(`${name} List`, 'n8n-nodes-base.set', { mode: 'raw', jsonOutput: JSON.stringify({ jobs }), options: {} }, { typeVersion: 3.4 }),
    node(name, 'n8n-nodes-base.splitOut', { fieldToSplitOut: 'jobs', options: {} }),
  ];
}

/** A GenSpend node reading provider, model and the given attributes from each item. */
export function genSpendFromItem(
  name: string,
  attributes: readonly string[],
  options: Record<string, unknown> = {},
  extra: Partial<NodeJson> = {},
): NodeJson {
  return node(
    name,
    GENSPEND,
    {
      provider: '={{ $json.provider }}',
      model: '={{ $json.model }}',
      attributes: Object.fromEntries(attributes.map((a) => [a, `={{ $json.${a} }}`])),
      options,
    },
    extra,
  );
}

/** Connections as [from, to, output of from]; nodes listed in order form a chain unless told otherwise. */
export function workflow(id: string, name: string, nodes: NodeJson[], links: Array<[string, string, number?]>): WorkflowJson {
  const connections: WorkflowJson['connections'] = {};
  for (const [from, to, output = 0] of links) {
    const main = (connections[from] ??= { main: [] }).main;
    while (main.length <= output) main.push([]);
    main[output]!.push({ node: to, type: 'main', index: 0 });
  }
  return { id, name, active: false, nodes, connections, settings: {} };
}

/** Links each node to the next. */
export function chain(...names: string[]): Array<[string, string]> {
  return names.slice(1).map((to, i) => [names[i]!, to]);
}
