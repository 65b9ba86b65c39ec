import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default.js';
import { GenspendError } from '../errors.js';
import { ATTRIBUTE_RULES } from '../manifest/fields.js';
import { money } from '../money.js';
import { estimateWorkload } from './estimate.js';
import { modelAttributes, type ModelAttribute } from './model-attributes.js';
import type { Attributes } from './types.js';

const catalog = defaultCatalog();

/** A value the attribute accepts: the first allowed one, else a plain one of its type. */
function sample(a: ModelAttribute): Attributes[keyof Attributes] {
  if (a.choices?.length) return a.choices[0]!;
  if (Array.isArray(a.allowed)) return money(a.allowed[0]!);
  if (a.allowed && !Array.isArray(a.allowed) && a.allowed.gte !== undefined) return money(a.allowed.gte);
  const rule = ATTRIBUTE_RULES[a.name];
  if (rule.type === 'boolean') return false;
  if (rule.type === 'text') return 'x';
  return money(a.name === 'width' || a.name === 'height' ? 1024 : 1);
}

/** The attribute an estimate says is missing, or undefined when nothing is. */
function missingOf(provider: string, model: string, attributes: Attributes): string | undefined {
  try {
    estimateWorkload({ name: 'job', provider, model, attributes }, catalog, 'month');
    return undefined;
  } catch (e) {
    if (e instanceof GenspendError && e.detail?.missing) return e.detail.missing[0];
    if (e instanceof GenspendError && e.detail?.attribute && !e.detail.allowed) return e.detail.attribute;
    return undefined;
  }
}

describe('modelAttributes: what a model is priced by, as the estimate reads it', () => {
  it('names Veo 3.1 Fast seconds with the durations it renders and audio as required', () => {
    const veo = modelAttributes(catalog, 'runway', 'veo3.1_fast')!;
    expect(veo.find((a) => a.name === 'seconds')).toEqual({ name: 'seconds', required: true, allowed: [4, 6, 8] });
    expect(veo.find((a) => a.name === 'audio')).toEqual({ name: 'audio', required: true });
    expect(veo.map((a) => a.name)).not.toContain('steps');
  });

  it('gives Runpod GPUs both worker types and the defaults the estimate assumes', () => {
    const h100 = modelAttributes(catalog, 'runpod', 'H100 PRO')!;
    expect(h100.find((a) => a.name === 'worker')).toMatchObject({ required: false, default: 'flex', choices: ['flex', 'active'] });
    expect(h100.map((a) => a.name)).toEqual(expect.arrayContaining(['seconds', 'coldStarts', 'activeWorkers']));
    expect(h100.map((a) => a.name)).not.toContain('width');
  });

  it('is undefined for a model the catalog does not list', () => {
    expect(modelAttributes(catalog, 'runware', 'civitai:4384@128713')).toBeUndefined();
    expect(modelAttributes(catalog, 'nobody', 'x')).toBeUndefined();
  });

  it('agrees with the estimate for every catalog model: the required ones suffice, and each is needed', () => {
    let models = 0;
    let requiredSeen = 0;
    for (const provider of catalog.providers) {
      for (const model of provider.models) {
        const attributes = modelAttributes(catalog, provider.provider, model.id)!;
        const required = attributes.filter((a) => a.required);
        const given: Attributes = Object.fromEntries(required.map((a) => [a.name, sample(a)]));
        expect(missingOf(provider.provider, model.id, given), `${provider.provider} ${model.id}`).toBeUndefined();
        for (const a of required) {
          const { [a.name]: _left, ...without } = given;
          expect(missingOf(provider.provider, model.id, without), `${provider.provider} ${model.id} without ${a.name}`).toBe(a.name);
          requiredSeen++;
        }
        models++;
      }
    }
    expect(models).toBeGreaterThan(40);
    expect(requiredSeen).toBeGreaterThan(models);
  });
});
