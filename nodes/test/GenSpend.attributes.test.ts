import {
  ATTRIBUTE_NAMES,
  ATTRIBUTE_RULES,
  defaultCatalog,
  estimateWorkload,
  exact,
  parseManifest,
  problemsOf,
  type AttributeName,
} from '@genspend/core';
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';
import { GenSpend } from '../nodes/GenSpend/GenSpend.node';
import { context, rejection, type Param } from './context';

const node = new GenSpend();
const run = (params: Record<string, Param>, items?: IDataObject[], continueOnFail = false) =>
  node.execute.call(context({ params: { options: {}, ...params }, items, continueOnFail }).ctx);
const flux = { provider: 'runware', model: 'runware:101@1' };
const size = { width: 1024, height: 1024, steps: 28 };

/** The node's answer for one job: its cost, or the error it stops with. */
async function outcome(attributes: unknown): Promise<{ cost: string } | { error: NodeOperationError }> {
  try {
    const [[item]] = await run({ ...flux, attributes });
    return { cost: (item!.json.genspend as IDataObject).costUsd as string };
  } catch (e) {
    expect(e).toBeInstanceOf(NodeOperationError);
    return { error: e as NodeOperationError };
  }
}

describe('GenSpend: keys that name object internals', () => {
  it('refuses an own `__proto__` key from JSON instead of reading it as a prototype', async () => {
    // JSON.parse makes `__proto__` an ordinary own key; copied naively it became the prototype and its runs were priced
    const attributes = JSON.parse('{"__proto__": {"runs": -5}, "width": 1024, "height": 1024, "steps": 28}');
    const error = await rejection(run({ ...flux, attributes }));
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toBe('Item 0: "Job Attributes": unknown attribute "__proto__"');
    expect(error.description).toBe(`Fix: remove it from "Job Attributes", or use one of: ${ATTRIBUTE_NAMES.join(', ')}`);
  });

  it('never prices what an own `__proto__` key carries, even a value that would pass', async () => {
    for (const carried of ['{"width": -1024}', '{"width": 1024}', '{"runs": 3}']) {
      const attributes = JSON.parse(`{"__proto__": ${carried}, "height": 1024, "steps": 28}`);
      const result = await outcome(attributes);
      expect(result, carried).toHaveProperty('error');
      expect((result as { error: Error }).error.message).toContain('unknown attribute "__proto__"');
    }
  });

  it('treats `constructor`, `toString` and the other members of Object.prototype as unknown keys', async () => {
    const members = Object.getOwnPropertyNames(Object.prototype);
    expect(members).toEqual(expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']));
    for (const key of members) {
      const attributes = JSON.parse(JSON.stringify({ ...size, [key]: 5 }));
      expect(Object.keys(attributes)).toContain(key);
      const error = await rejection(run({ ...flux, attributes }));
      expect(error.message, key).toBe(`Item 0: "Job Attributes": unknown attribute ${JSON.stringify(key)}`);
    }
  });

  it('refuses workload keys that are not attributes, so they cannot stand in for the node fields', async () => {
    for (const key of ['name', 'description']) {
      const error = await rejection(run({ ...flux, attributes: { ...size, [key]: 'fal' } }));
      expect(error.message, key).toMatch(
        new RegExp(`^Item 0: "Job Attributes": unknown attribute ${JSON.stringify(key)}( \\(did you mean \`\\w+\`\\?\\))?$`),
      );
    }
    // the node's own fields are named as such, never accepted
    for (const key of ['provider', 'model', 'gpu']) {
      const error = await rejection(run({ ...flux, attributes: { ...size, [key]: 'fal' } }));
      expect(error.message, key).toBe(`Item 0: "Job Attributes": \`${key}\` is not a job attribute`);
    }
  });

  it('suggests the attribute meant by a misspelt key', async () => {
    const error = await rejection(run({ ...flux, attributes: { widht: 1024, height: 1024, steps: 28 } }));
    expect(error.message).toBe('Item 0: "Job Attributes": unknown attribute "widht" (did you mean `width`?)');
  });

  it("names the node's own field for a key that is one, instead of guessing an attribute", async () => {
    const error = await rejection(run({ ...flux, attributes: { gpu: 'ADA_24', width: 1024, height: 1024 } }));
    expect(error.message).toBe('Item 0: "Job Attributes": `gpu` is not a job attribute');
    expect((error as { description?: string }).description).toContain('set the GPU in "Model Name or ID": for Runpod the model is the GPU');
  });

  it('reads only own keys: attributes inherited from a prototype are not given', async () => {
    const attributes = Object.assign(Object.create({ runs: -5, steps: 10_000 }), size);
    const [[item]] = await run({ ...flux, attributes });
    expect(item!.json.genspend).toMatchObject({ runs: '1', costUsd: '0.0038' });
  });

  it('refuses a Job Attributes expression that gives something other than an object', async () => {
    for (const [value, shown] of [
      ['{"width": 1024}', '"{\\"width\\": 1024}"'],
      [[1024, 1024], 'a list'],
      [5, '5'],
      [true, 'true'],
      [new Date(0), 'an object'],
    ] as const) {
      const error = await rejection(run({ ...flux, attributes: value }));
      expect(error.message).toBe(`Item 0: "Job Attributes" must be an object of attribute names and values, got ${shown}`);
      expect(error.description).toMatch(/^Fix: add the attributes under "Job Attributes", or make its expression give an object/);
    }
  });
});

/**
 * A value as a manifest's YAML spells it: a JSON value as its YAML twin, except the one reading
 * the node adds for n8n's text-typed expressions (numeric text for a number attribute, "true" or
 * "false" for a yes/no one), written as the plain scalar the node takes it for.
 */
function yaml(name: AttributeName, value: unknown): string {
  if (typeof value === 'number')
    return Number.isNaN(value) ? '.nan' : Math.abs(value) === Infinity ? `${value < 0 ? '-' : ''}.inf` : String(value);
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  const rule = ATTRIBUTE_RULES[name].type;
  if (rule === 'decimal' && /^\s*\d+(\.\d+)?\s*$/.test(text)) return text.trim();
  if (rule === 'boolean' && (text === 'true' || text === 'false')) return text;
  return JSON.stringify(text);
}

/** What `genspend estimate` makes of the same job in a manifest: its cost, or that it refuses it. */
function cliOutcome(attributes: Record<string, unknown>, name: AttributeName): { cost: string } | { error: string } {
  const fields = Object.entries(attributes).map(([k, v]) => `    ${k}: ${k === name ? yaml(name, v) : String(v)}`);
  const text = ['version: 1', 'workloads:', '  - name: job', '    provider: runware', '    model: runware:101@1', ...fields, ''].join('\n');
  try {
    const [workload] = parseManifest(text, 'genspend.yml').workloads;
    const estimate = estimateWorkload(workload!, defaultCatalog(), 'month');
    return estimate.cost === null ? { error: estimate.unpriced ?? 'unpriced' } : { cost: exact(estimate.cost) };
  } catch (e) {
    // bad input, not a crash
    expect(problemsOf(e), String(e)).toBeDefined();
    return { error: (e as Error).message };
  }
}

describe('GenSpend: attribute values are judged as a manifest judges them', () => {
  const values: unknown[] = [-5, 0, 0.5, 1, 2.5, 28, 1024, 1e5, 100001, 1e12, 1e13, NaN, Infinity, -Infinity, true, false];
  const texts = ['abc', '12', ' 7 ', '-3', '1e3', 'true', 'flex', 'active', 'mp4', 'prores', '720p'];

  it('accepts and prices exactly what the CLI accepts, and refuses what it refuses', async () => {
    let accepted = 0;
    let refused = 0;
    for (const name of ATTRIBUTE_NAMES) {
      for (const value of [...values, ...texts]) {
        const attributes = { runs: 1, ...size, [name]: value };
        const cli = cliOutcome(attributes, name);
        const mine = await outcome(attributes);
        const what = `${name}: ${String(value)}`;
        if ('cost' in cli) {
          expect(mine, what).toEqual(cli);
          accepted++;
        } else {
          expect(mine, `${what} (the CLI says: ${cli.error})`).toHaveProperty('error');
          refused++;
        }
      }
    }
    // both outcomes occur often, so the comparison is not vacuous
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('names the attribute and the value it refuses, non-finite numbers included', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['runs', -5, 'Item 0: "Runs": expected a number from 0 to 1e12, got -5'],
      ['width', 2.5, 'Item 0: "Width": expected a whole number from 1 to 100000, got 2.5'],
      ['steps', NaN, 'Item 0: "Steps": expected a whole number from 1 to 10000, got "NaN"'],
      ['seconds', Infinity, 'Item 0: "Seconds": expected a number from 0 to 1e7, got "Infinity"'],
      ['height', true, 'Item 0: "Height": expected a whole number from 1 to 100000, got true'],
      ['results', { n: 2 }, 'Item 0: "Results": expected a whole number from 1 to 10000, got an object'],
      ['resolution', 720, 'Item 0: "Resolution": Invalid input: expected string, received number, got 720'],
    ];
    for (const [name, value, message] of cases) {
      const error = await rejection(run({ ...flux, attributes: { ...size, [name]: value } }));
      expect(error.message).toBe(message);
    }
  });
});
