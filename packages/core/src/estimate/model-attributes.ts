import type { Catalog } from '../catalog/catalog.js';
import type { Allowed } from '../catalog/schema.js';
import { ATTRIBUTE_NAMES, type AttributeName } from '../manifest/fields.js';
import { Decimal } from '../money.js';
import { neededAttributes, pricedByPlan } from './estimate.js';
import { planFor } from './plan.js';

/** One attribute a model's price reads, as a form that asks for it would show it. */
export interface ModelAttribute {
  readonly name: AttributeName;
  /** The model cannot be priced without it: its rates need it and no default covers it. */
  readonly required: boolean;
  /** The words it may take (resolution, quality, format, worker), in the catalog's spelling. */
  readonly choices?: readonly string[];
  /** The numbers it may take (Veo's 4, 6 or 8 seconds) or their range, as the catalog says. */
  readonly allowed?: Allowed;
  /** What the estimate assumes when it is left out (the provider's or the model's default). */
  readonly default?: string | boolean;
}

/**
 * The attributes that can change the price of one catalog model, in the manifest's order, with
 * what each may take: the same rules `estimateWorkload` applies, read without a workload. A
 * Runpod GPU lists the attributes of both worker types (flex and active); `required` is for the
 * worker the estimate assumes when none is given. Undefined for a model the catalog does not
 * list (a community checkpoint priced by architecture, a GPU fallback list): any attribute may apply.
 */
export function modelAttributes(catalog: Catalog, providerId: string, modelId: string): ModelAttribute[] | undefined {
  const provider = catalog.provider(providerId);
  const found = provider && catalog.model(provider.provider, modelId);
  if (!provider || !found || found.architecture) return undefined;
  const { model } = found;
  const plan = planFor(provider, model);
  const worker = plan.defaults.worker;
  const assumedWorker = typeof worker === 'string' ? worker : undefined;
  const workers = plan.choices.has('worker') ? [...plan.choices.get('worker')!.values()] : [assumedWorker];
  const priced = new Set<string>();
  for (const w of new Set([assumedWorker, ...workers])) for (const name of pricedByPlan(model, plan, w)) priced.add(name);
  const needed = new Set(neededAttributes(model, plan, assumedWorker));
  return ATTRIBUTE_NAMES.filter((name) => priced.has(name)).map((name): ModelAttribute => {
    const fallback = plan.defaults[name];
    const choices = plan.choices.get(name);
    const allowed = model.allowed?.[name];
    return {
      name,
      required: needed.has(name) && fallback === undefined,
      ...(choices ? { choices: [...new Set(choices.values())] } : {}),
      ...(allowed ? { allowed } : {}),
      ...(fallback !== undefined ? { default: fallback instanceof Decimal ? fallback.toFixed() : fallback } : {}),
    };
  });
}
