import { ATTRIBUTE_NAMES, ATTRIBUTE_RULES, defaultCatalog, modelAttributes, type ModelAttribute } from '@genspend/core';
import type { IDataObject, INodeProperties, INodePropertyOptions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';
import { ATTRIBUTE_FIELDS, FIELD } from './estimate';
import { PROVIDER_OPTIONS } from './providers';

/**
 * A model as the list shows it: its name, with the id when the name does not already say it
 * ("FLUX.1 [dev] (runware:101@1)", but "RTX PRO 6000 (6000s PRO)" and "A100 (80 GB)" as they
 * are). Storage is marked as such, so a Runpod network volume is not taken for a GPU.
 */
function modelLabel(model: { id: string; name?: string | undefined; kind: string }): string {
  const name = model.name?.trim() || model.id;
  const label = name.includes(model.id) ? name : `${name} (${model.id})`;
  return model.kind === 'storage' ? `${label}: storage, not a GPU` : label;
}

/** The catalog's models of a provider, for the node's model list, sorted by label. */
export function modelOptions(provider: unknown): INodePropertyOptions[] {
  const p = typeof provider === 'string' ? defaultCatalog().provider(provider) : undefined;
  if (!p) return [];
  return p.models
    .map((m) => ({
      name: modelLabel(m),
      value: m.id,
      description: [...new Set(m.rates.map((r) => r.unit.replace(/_/g, ' ')))].join(', '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One Model field per provider, each listing that provider's models. n8n drops a value that is
 * not among the options of a field shown by the parameter that changed, so switching the
 * provider clears a model the new provider does not have instead of keeping it with a warning.
 */
export function modelProperties(): INodeProperties[] {
  return PROVIDER_OPTIONS.map(({ value }): INodeProperties => ({
    displayName: FIELD.model,
    name: 'model',
    type: 'options',
    options: modelOptions(value),
    default: '',
    required: true,
    // a Runway or Runware request names its model in the body; a fal request's endpoint id and a Runpod GPU are chosen here
    displayOptions:
      value === 'runway' || value === 'runware'
        ? { show: { provider: [value] }, hide: { jobFrom: ['request'] } }
        : { show: { provider: [value] } },
    description:
      value === 'runpod'
        ? 'The GPU pool the endpoint runs on, such as H100 PRO. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'
        : value === 'fal'
          ? 'The model (for a provider request, its endpoint ID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'
          : 'The model. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
  }));
}

const LABELS = new Map(ATTRIBUTE_FIELDS.map((f) => [f.name, f] as const));

/** One attribute as a resource-mapper field: its type, the values the model takes, its default. */
function mapperField(a: ModelAttribute): ResourceMapperField {
  const label = LABELS.get(a.name);
  const rule = ATTRIBUTE_RULES[a.name];
  const base = {
    id: a.name,
    displayName: label?.displayName ?? a.name,
    // one item is one job unless it says otherwise, so the node never asks for runs
    required: a.name === 'runs' ? false : a.required,
    defaultMatch: false,
    canBeUsedToMatch: false,
    display: true,
  };
  const fallback = a.name === 'runs' && a.default === undefined ? '1' : a.default;
  if (a.choices?.length) {
    return {
      ...base,
      type: 'options',
      options: a.choices.map((c) => ({ name: c, value: c })),
      ...(typeof fallback === 'string' && a.choices.includes(fallback) ? { defaultValue: fallback } : {}),
    };
  }
  if (Array.isArray(a.allowed)) {
    return { ...base, type: 'options', options: a.allowed.map((n) => ({ name: String(n), value: n })) };
  }
  if (rule.type === 'boolean') return { ...base, type: 'boolean', ...(typeof fallback === 'boolean' ? { defaultValue: fallback } : {}) };
  if (rule.type === 'decimal') {
    return { ...base, type: 'number', ...(typeof fallback === 'string' ? { defaultValue: Number(fallback) } : {}) };
  }
  return { ...base, type: 'string', ...(typeof fallback === 'string' ? { defaultValue: fallback } : {}) };
}

const byLabel = (a: ResourceMapperField, b: ResourceMapperField) => a.displayName.localeCompare(b.displayName);

/**
 * The fields of the "Job Attributes" mapper for a provider and model: what the core says the
 * model is priced by. A model the catalog does not list (typed by expression, a community
 * checkpoint, a GPU list) gets every attribute, none required, as the estimate may read any.
 */
export function attributeFields(provider: unknown, model: unknown): ResourceMapperFields {
  if (typeof provider !== 'string' || typeof model !== 'string' || model.trim() === '') {
    return {
      fields: [],
      emptyFieldsNotice: `Choose a ${FIELD.model.replace(/ Name or ID$/, '').toLowerCase()} first: its attributes load here`,
    };
  }
  const known = modelAttributes(defaultCatalog(), provider, model.trim());
  const attributes = known ?? ATTRIBUTE_NAMES.map((name): ModelAttribute => ({ name, required: false }));
  return { fields: attributes.map(mapperField).sort(byLabel) };
}

const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

const isMapperValue = (value: unknown): value is { mappingMode?: unknown; value?: unknown; schema?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && own(value, 'mappingMode');

/**
 * The attributes the "Job Attributes" mapper gives for one item, as a plain object for the same
 * checks as the collection of version 1: the values defined below (fields removed in the editor,
 * or left from a model chosen before, left out), or, mapped automatically, the item's own keys that are attributes. Anything else
 * (an expression that gives an object) is passed on as it is and judged there.
 */
export function mappedAttributes(value: unknown, item: IDataObject, provider?: unknown, model?: unknown): unknown {
  if (!isMapperValue(value)) return value;
  const schema = Array.isArray(value.schema) ? (value.schema as Array<Partial<ResourceMapperField>>) : [];
  const removed = new Set(schema.filter((f) => f.removed === true).map((f) => f.id));
  if (value.mappingMode === 'autoMapInputData') {
    // the fields the editor loaded; a workflow written by hand has none: the model's own, as the editor would load them
    const names = schema.length
      ? schema.filter((f) => !f.removed).map((f) => f.id)
      : attributeFields(provider, model).fields.map((f) => f.id);
    const picked: IDataObject = {};
    for (const name of names) if (typeof name === 'string' && own(item, name)) picked[name] = item[name];
    return picked;
  }
  const given = value.value;
  if (given === null || given === undefined) return {};
  if (typeof given !== 'object' || Array.isArray(given)) return given;
  // a value kept from the model chosen before is not one of this model's fields: not priced, not warned about
  const fields = new Set(schema.map((f) => f.id));
  const picked: IDataObject = {};
  for (const [key, v] of Object.entries(given)) {
    if (!removed.has(key) && (fields.size === 0 || fields.has(key))) picked[key] = v as IDataObject[string];
  }
  return picked;
}
