import { GenspendError } from '../errors.js';
import type { AttributeName } from '../manifest/fields.js';
import { money, type Decimal } from '../money.js';
import { attributeValue, characterCount, fieldError, isObject, join, oneOf, seconds, shown, type BodyContext } from './body.js';
import { FAL_INPUT_SOURCE, FAL_INPUTS, type FalInputDefault } from './fal-inputs.js';
import type { MappedJob, MappedValue } from './types.js';

/** A table's own entry: a body's `constructor` must not find Object's. */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** fal's `image_size` presets, width x height, as fal's model arguments document them. */
export const FAL_IMAGE_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  square_hd: [1024, 1024],
  square: [512, 512],
  portrait_4_3: [768, 1024],
  portrait_16_9: [576, 1024],
  landscape_4_3: [1024, 768],
  landscape_16_9: [1024, 576],
};
const PRESETS = Object.keys(FAL_IMAGE_SIZES);

/** Flags fal endpoints use for sound on a generated video. */
const AUDIO_FIELDS = ['generate_audio', 'enable_audio', 'with_audio', 'audio'] as const;

/** Keys beside `input` when a body is written as the client's call options (`fal.subscribe(id, { input })`). */
const CALL_OPTIONS = new Set(['input', 'logs', 'webhookUrl', 'pollInterval', 'mode', 'onQueueUpdate', 'priority', 'startTimeout']);

/** The input fields a fal quote reads. */
const FAL_FIELDS = [
  'image_size',
  'num_images',
  'duration',
  'resolution',
  'aspect_ratio',
  ...AUDIO_FIELDS,
  'num_frames',
  'frames_per_second',
  'fps',
  'rendering_speed',
  'text',
  'inputs',
];

/** Input fields fal endpoints commonly take that do not change a price. */
const FAL_COMMON: ReadonlySet<string> = new Set([
  'prompt',
  'negative_prompt',
  'seed',
  'image_url',
  'image_urls',
  'end_image_url',
  'tail_image_url',
  'video_url',
  'audio_url',
  'guidance_scale',
  'num_inference_steps',
  'enable_safety_checker',
  'safety_tolerance',
  'output_format',
  'sync_mode',
  'acceleration',
  'enhance_prompt',
  'auto_fix',
  'cfg_scale',
  'loras',
  'strength',
  'voice',
]);

const FAL_ASKS: Readonly<Record<string, string>> = {
  seconds: '`duration` (seconds; for media sent in, its length)',
  width: 'the image size (`image_size`, or the width and height of the image sent in)',
  height: 'the image size (`image_size`, or the width and height of the image sent in)',
  characters: 'the text to speak (`text`)',
};

type Add = (attribute: AttributeName, name: string, value: MappedValue['value'], from?: string, display?: string, also?: string[]) => void;

const DEFAULT_FROM = `${FAL_INPUT_SOURCE.package} ${FAL_INPUT_SOURCE.version} endpoint types`;

/**
 * A fal input (or `{ input }` as the client takes it) for an endpoint, in genspend's attributes:
 * image_size -> width x height; num_images -> results; duration -> seconds ("8s", "5", 5);
 * resolution; audio flags; num_frames and frames_per_second; rendering_speed -> quality; the
 * text of a speech endpoint -> characters. A field the request leaves out takes the default the
 * client's endpoint types state, and the quote says so.
 */
export function mapFal(target: string | undefined, body: unknown, ctx: BodyContext): MappedJob {
  if (!target || !target.trim())
    throw new GenspendError('a fal quote names the endpoint', undefined, 'give the endpoint id, e.g. `fal-ai/flux/dev`');
  const endpoint = target.trim();
  const wrapped = isObject(body) && isObject(body.input) && Object.keys(body).every((k) => CALL_OPTIONS.has(k));
  const input = wrapped ? (body as { input: unknown }).input : body;
  const at = wrapped ? 'input' : '';
  if (!isObject(input)) throw fieldError(ctx, at, `expected the endpoint's input as a JSON object, got ${shown(input)}`);
  const defaults = defaultsOf(endpoint);
  const values: MappedValue[] = [];
  const fields = Object.keys(input).map((k) => join(at, k));
  const field = (name: string) => join(at, name);
  // a given field, else the endpoint's default for it (marked as assumed)
  const pick = (name: string): { raw: unknown; defaultFrom?: string } | undefined => {
    const raw = input[name];
    if (raw !== undefined) return { raw };
    const assumed = defaults.get(name);
    return assumed !== undefined ? { raw: assumed, defaultFrom: DEFAULT_FROM } : undefined;
  };
  const add: Add = (attribute, name, value, from, display, also) => {
    const v: { -readonly [K in keyof MappedValue]: MappedValue[K] } = { attribute, value, field: field(name) };
    if (from) v.defaultFrom = from;
    if (display) v.shown = display;
    if (also) v.also = also.map(field);
    values.push(v);
  };

  const size = pick('image_size');
  if (size) {
    const [w, h] = imageSize(size.raw, ctx, field('image_size'));
    const display = typeof size.raw === 'string' ? `${size.raw} (${w}x${h})` : `${w}x${h}`;
    add('width', 'image_size', pixels(w), size.defaultFrom, display);
    add('height', 'image_size', pixels(h), size.defaultFrom, display);
  }
  // a field as sent, or its default shown as the endpoint types state it ("8s", not 8)
  const take = (attribute: AttributeName, name: string, parse: (raw: unknown, path: string) => MappedValue['value']) => {
    const found = pick(name);
    if (!found) return false;
    add(attribute, name, parse(found.raw, field(name)), found.defaultFrom, found.defaultFrom ? String(found.raw) : undefined);
    return true;
  };
  const as = (attribute: AttributeName) => (raw: unknown, path: string) => attributeValue(attribute, raw, ctx, path);
  take('results', 'num_images', as('results'));
  take('seconds', 'duration', (raw, path) => seconds(raw, ctx, path));
  take('resolution', 'resolution', as('resolution'));
  for (const name of AUDIO_FIELDS) take('audio', name, as('audio'));
  take('frames', 'num_frames', as('frames'));
  if (!take('fps', 'frames_per_second', as('fps'))) take('fps', 'fps', as('fps'));
  take('quality', 'rendering_speed', as('quality'));
  if (!size) videoSize(input, defaults, field, add, ctx);
  const text = spokenText(input, at, ctx);
  if (text) values.push({ attribute: 'characters', value: money(text.count), field: text.field });

  return {
    name: endpoint,
    model: endpoint,
    values,
    fields,
    at,
    asks: (attribute) => FAL_ASKS[attribute],
    known: FAL_FIELDS,
    common: FAL_COMMON,
  };
}

/** Each endpoint's defaults (none for an endpoint the client does not type), as a map made once per endpoint. */
const DEFAULTS = new Map<string, ReadonlyMap<string, FalInputDefault>>();
const NO_DEFAULTS: ReadonlyMap<string, FalInputDefault> = new Map();
function defaultsOf(endpoint: string): ReadonlyMap<string, FalInputDefault> {
  let found = DEFAULTS.get(endpoint);
  if (!found) {
    const row = own(FAL_INPUTS, endpoint);
    if (!row) return NO_DEFAULTS;
    DEFAULTS.set(endpoint, (found = new Map(Object.entries(row.defaults))));
  }
  return found;
}

/** A side in pixels as a Decimal: sizes repeat (1024, 768), and Decimals are immutable, so each is made once. */
const PIXELS = new Map<number, Decimal>();
function pixels(n: number): Decimal {
  let d = PIXELS.get(n);
  if (!d) {
    if (PIXELS.size >= 1024) PIXELS.clear();
    PIXELS.set(n, (d = money(n)));
  }
  return d;
}

function imageSize(raw: unknown, ctx: BodyContext, path: string): [number, number] {
  if (typeof raw === 'string') {
    const preset = own(FAL_IMAGE_SIZES, raw);
    if (preset) return [preset[0], preset[1]];
    oneOf(raw, PRESETS, ctx, path, 'preset');
  }
  if (isObject(raw)) {
    const width = attributeValue('width', raw.width, ctx, join(path, 'width'));
    const height = attributeValue('height', raw.height, ctx, join(path, 'height'));
    return [Number(width.toString()), Number(height.toString())];
  }
  throw fieldError(ctx, path, `expected a preset (${PRESETS.join(', ')}) or { width, height }, got ${shown(raw)}`);
}

/** Short side of a video in pixels by fal's `resolution` words, for endpoints billed by pixels (Seedance tokens). */
const SHORT_SIDE: Readonly<Record<string, number>> = { '480p': 480, '720p': 720, '1080p': 1080 };

/**
 * Width and height of a video from `resolution` and `aspect_ratio`, where the price counts
 * pixels: 720p at 16:9 -> 1280x720; 1080p at 9:16 -> 1080x1920. The long side is rounded to an
 * even number of pixels, as encoders require.
 */
function videoSize(
  input: Record<string, unknown>,
  defaults: ReadonlyMap<string, unknown>,
  field: (n: string) => string,
  add: Add,
  ctx: BodyContext,
): void {
  const resolution = input.resolution ?? defaults.get('resolution');
  const ratio = input.aspect_ratio ?? defaults.get('aspect_ratio');
  if (typeof resolution !== 'string' || typeof ratio !== 'string') return;
  const short = own(SHORT_SIDE, resolution.toLowerCase());
  const m = /^(\d+):(\d+)$/.exec(ratio);
  if (!short || !m) return;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (!a || !b) throw fieldError(ctx, field('aspect_ratio'), `expected an aspect ratio such as "16:9", got ${shown(ratio)}`);
  const long = Math.round((short * Math.max(a, b)) / Math.min(a, b) / 2) * 2;
  const [w, h] = a >= b ? [long, short] : [short, long];
  const display = `${w}x${h} from resolution ${resolution} and aspect_ratio ${ratio}`;
  // the field a default filled is the assumed one; the other, when sent, was read
  const ratioGiven = input.aspect_ratio !== undefined;
  const resolutionGiven = input.resolution !== undefined;
  const name = ratioGiven && !resolutionGiven ? 'resolution' : 'aspect_ratio';
  const assumed = ratioGiven && resolutionGiven ? undefined : DEFAULT_FROM;
  const also = name === 'aspect_ratio' ? (resolutionGiven ? ['resolution'] : []) : ['aspect_ratio'];
  add('width', name, pixels(w), assumed, display, also);
  add('height', name, pixels(h), assumed, display, also);
}

/** The text a speech endpoint is billed by: `text`, or the lines of a dialogue (`inputs[].text`). */
function spokenText(input: Record<string, unknown>, at: string, ctx: BodyContext): { count: number; field: string } | undefined {
  if (typeof input.text === 'string') return { count: characterCount(input.text), field: join(at, 'text') };
  if (input.text !== undefined) throw fieldError(ctx, join(at, 'text'), `expected text, got ${shown(input.text)}`);
  if (!Array.isArray(input.inputs)) return undefined;
  let count = 0;
  input.inputs.forEach((line, i) => {
    const path = join(join(at, 'inputs'), i);
    if (!isObject(line) || typeof line.text !== 'string') throw fieldError(ctx, path, `expected { text, voice }, got ${shown(line)}`);
    count += characterCount(line.text);
  });
  return { count, field: join(at, 'inputs') };
}
