import type { Catalog } from '../catalog/lookup.js';
import type { Model } from '../catalog/schema.js';
import { closest, GenspendError } from '../errors.js';
import { money } from '../money.js';
import { attributeValue, characterCount, fieldError, isObject, numberValue, oneOf, seconds, shown, type BodyContext } from './body.js';
import { modelOf } from './entries.js';
import { nearestTier } from './resolution.js';
import { RUNWAY_DEFAULTS, RUNWAY_ENDPOINTS, RUNWAY_INPUT_MEDIA, RUNWAY_OUTPUT_FORMATS, type RunwayEndpoint } from './runway-inputs.js';
import type { MappedJob, MappedValue } from './types.js';

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The body fields a Runway quote reads. */
const RUNWAY_FIELDS = [
  'model',
  'duration',
  'audio',
  'resolution',
  'ratio',
  'outputFormat',
  'quality',
  'references',
  'referenceImages',
  'promptText',
];

/** Body fields Runway create endpoints take that do not change a price. */
const RUNWAY_COMMON: ReadonlySet<string> = new Set([
  'promptImage',
  'seed',
  'contentModeration',
  'videoUri',
  'audioUri',
  'media',
  'voice',
  'targetLang',
  'character',
  'reference',
  'bodyControl',
  'expressionIntensity',
  'proresProfile',
]);

const RUNWAY_ASKS: Readonly<Record<string, string>> = {
  characters: 'the text to speak (`promptText`)',
  width: 'the output size (`ratio`, as "1280:720")',
  height: 'the output size (`ratio`, as "1280:720")',
};

/** `text-to-video`, `/v1/text_to_video` and `upscale` name the same endpoints as `text_to_video` and `video_upscale`. */
function endpointOf(target: string | undefined): RunwayEndpoint {
  const known = target === undefined ? undefined : ENDPOINTS.get(target);
  if (known) return known;
  const endpoint = endpointNamed(target);
  if (ENDPOINTS.size >= 256) ENDPOINTS.clear();
  ENDPOINTS.set(target!, endpoint);
  return endpoint;
}

/** Each target a caller names, as the endpoint it names (an unknown one is refused every time). */
const ENDPOINTS = new Map<string, RunwayEndpoint>();

function endpointNamed(target: string | undefined): RunwayEndpoint {
  const raw = (target ?? '').trim();
  const name = raw
    .replace(/^\/?(v1\/)?/, '')
    .replace(/-/g, '_')
    .toLowerCase();
  if (name === 'upscale') return 'video_upscale';
  if ((RUNWAY_ENDPOINTS as readonly string[]).includes(name)) return name as RunwayEndpoint;
  const suggestion = closest(name, RUNWAY_ENDPOINTS);
  throw new GenspendError(
    raw
      ? `unknown Runway create endpoint ${JSON.stringify(raw)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`
      : 'a Runway quote names the create endpoint',
    undefined,
    `use one of ${RUNWAY_ENDPOINTS.join(', ')}`,
    { value: raw, allowed: RUNWAY_ENDPOINTS, ...(suggestion ? { suggestion } : {}) },
  );
}

/**
 * A Runway create body (`POST /v1/<endpoint>`) in genspend's attributes: `model`; `duration`
 * -> seconds (or the model's default); `ratio` ("1280:720") -> width, height and the resolution
 * tier the model is priced by; `resolution`; `audio`; `outputFormat` -> the non-mp4 or bit-depth
 * surcharge; `references` -> reference images; `promptText` of speech -> characters. The length
 * of media sent in (dubbing, isolation, upscaling) is not in a body: the quote asks for it.
 */
export function mapRunway(target: string | undefined, body: unknown, ctx: BodyContext, catalog: Catalog): MappedJob {
  const endpoint = endpointOf(target);
  if (!isObject(body)) throw fieldError(ctx, '', `expected the ${endpoint} body as a JSON object, got ${shown(body)}`);
  if (typeof body.model !== 'string' || !body.model.trim())
    throw fieldError(
      ctx,
      'model',
      `expected the model id as a string, got ${shown(body.model)}`,
      'name the model, e.g. `"model": "gen4.5"`',
    );
  const model = body.model.trim();
  const entry = modelOf(catalog, 'runway', model);
  const values: MappedValue[] = [];
  const push = (v: MappedValue) => values.push(v);

  const defaults = own(RUNWAY_DEFAULTS, model);
  const from = defaults && `${defaults.source}${defaults.verified ? '' : ' (unverified)'}`;
  if (body.duration !== undefined) {
    if (body.duration === 'auto')
      throw fieldError(
        ctx,
        'duration',
        '`"auto"` lets the model choose the length, so the price is not known before it runs',
        'send a duration in seconds',
      );
    push({ attribute: 'seconds', value: seconds(body.duration, ctx, 'duration'), field: 'duration' });
  } else if (defaults?.duration !== undefined) {
    push({ attribute: 'seconds', value: money(defaults.duration), field: 'duration', defaultFrom: from! });
  }
  if (body.audio !== undefined) push({ attribute: 'audio', value: attributeValue('audio', body.audio, ctx, 'audio'), field: 'audio' });
  else if (defaults?.audio !== undefined) push({ attribute: 'audio', value: defaults.audio, field: 'audio', defaultFrom: from! });
  if (body.resolution !== undefined)
    push({ attribute: 'resolution', value: attributeValue('resolution', body.resolution, ctx, 'resolution'), field: 'resolution' });
  if (body.ratio !== undefined) ratio(body.ratio, ctx, entry, body.resolution === undefined, push);
  if (body.outputFormat !== undefined) {
    const format = oneOf(body.outputFormat, Object.keys(RUNWAY_OUTPUT_FORMATS), ctx, 'outputFormat', 'output format');
    const billed = RUNWAY_OUTPUT_FORMATS[format]!;
    if (billed.format) push({ attribute: 'format', value: billed.format, field: 'outputFormat' });
    if (billed.bitDepth)
      push({ attribute: 'bitDepth', value: money(billed.bitDepth), field: 'outputFormat', shown: `${format} (${billed.bitDepth}-bit)` });
  }
  if (body.quality !== undefined)
    push({ attribute: 'quality', value: attributeValue('quality', body.quality, ctx, 'quality'), field: 'quality' });
  const refs = references(body, ctx);
  if (refs.images) push({ attribute: 'referenceImages', value: money(refs.images), field: refs.field });
  if (endpoint === 'text_to_speech' && body.promptText !== undefined) {
    if (typeof body.promptText !== 'string') throw fieldError(ctx, 'promptText', `expected text, got ${shown(body.promptText)}`);
    push({ attribute: 'characters', value: money(characterCount(body.promptText)), field: 'promptText' });
  }

  const media = RUNWAY_INPUT_MEDIA[endpoint];
  return {
    name: `${endpoint} ${model}`,
    model,
    keys: ['model'],
    known: RUNWAY_FIELDS,
    common: RUNWAY_COMMON,
    values,
    fields: Object.keys(body),
    at: '',
    asks: (attribute) => (attribute === 'seconds' ? (media ?? '`duration` (seconds)') : RUNWAY_ASKS[attribute]),
    ...(refs.videos
      ? { needs: [{ attribute: 'referenceVideoSeconds', ask: 'the total length in seconds of the reference videos', field: refs.field }] }
      : {}),
  };
}

/**
 * "1280:720" -> width 1280, height 720, and, for a model priced by resolution, the tier its pixels
 * are nearest among those the model is priced at. A ratio such as "16:9" names a shape, not a size.
 * Bodies send the same few ratios to the same models, so what a ratio gives is kept per catalog
 * model and ratio (bounded); a refused ratio is checked, and refused, every time.
 */
function ratio(raw: unknown, ctx: BodyContext, model: Model | undefined, tier: boolean, push: (v: MappedValue) => void): void {
  if (typeof raw !== 'string') throw fieldError(ctx, 'ratio', `expected a ratio such as "1280:720", got ${shown(raw)}`);
  const byRatio = ratiosOf(model, tier);
  let values = byRatio.get(raw);
  if (!values) {
    values = ratioValues(raw, ctx, model, tier);
    if (byRatio.size >= 256) byRatio.clear();
    byRatio.set(raw, values);
  }
  for (const v of values) push(v);
}

const NO_MODEL = {};
const RATIOS = new WeakMap<object, [Map<string, readonly MappedValue[]>, Map<string, readonly MappedValue[]>]>();
function ratiosOf(model: Model | undefined, tier: boolean): Map<string, readonly MappedValue[]> {
  const key = model ?? NO_MODEL;
  let found = RATIOS.get(key);
  if (!found) RATIOS.set(key, (found = [new Map(), new Map()]));
  return found[tier ? 1 : 0];
}

function ratioValues(raw: string, ctx: BodyContext, model: Model | undefined, tier: boolean): readonly MappedValue[] {
  const m = /^(\d{1,6}):(\d{1,6})$/.exec(raw.trim());
  if (!m) {
    if (raw.trim() === 'adaptive' || /^\d{1,2}:\d{1,2}$/.test(raw.trim())) return [];
    throw fieldError(ctx, 'ratio', `expected a ratio such as "1280:720", got ${shown(raw)}`);
  }
  const width = numberValue('width', m[1], ctx, 'ratio');
  const height = numberValue('height', m[2], ctx, 'ratio');
  // a shape ("16:9") is not a size: under 100 px a side is never an output Runway renders
  if (width.lessThan(100) || height.lessThan(100)) return [];
  const values: MappedValue[] = [
    Object.freeze({ attribute: 'width', value: width, field: 'ratio' }),
    Object.freeze({ attribute: 'height', value: height, field: 'ratio' }),
  ];
  if (!tier || !model) return Object.freeze(values);
  const word = nearestTier(model, width.times(height).toNumber());
  if (word) values.push(Object.freeze({ attribute: 'resolution', value: word, field: 'ratio', shown: `${raw} (${word})` }));
  return Object.freeze(values);
}

/** Reference media of a body: images counted (some models charge per image), videos flagged (billed by their length). */
function references(body: Record<string, unknown>, ctx: BodyContext): { images: number; videos: boolean; field: string } {
  const field = body.references !== undefined ? 'references' : 'referenceImages';
  const list = body[field];
  if (list === undefined) return { images: 0, videos: false, field };
  if (!Array.isArray(list)) throw fieldError(ctx, field, `expected a list, got ${shown(list)}`);
  let images = 0;
  let videos = false;
  list.forEach((item, i) => {
    if (!isObject(item)) throw fieldError(ctx, `${field}[${i}]`, `expected a reference object, got ${shown(item)}`);
    // referenceImages items carry no type; a `references` item says which media it is
    const type = item.type ?? 'image';
    if (type === 'image') images++;
    else if (type === 'video') videos = true;
  });
  return { images, videos, field };
}
