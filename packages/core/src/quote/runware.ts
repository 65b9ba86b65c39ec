import type { Catalog } from '../catalog/lookup.js';
import { closest } from '../errors.js';
import { attributeValue, fieldError, isObject, join, numberValue, seconds, shown, type BodyContext } from './body.js';
import { modelOf } from './entries.js';
import { nearestTier } from './resolution.js';
import type { MappedJob, MappedValue } from './types.js';

/** Task types that generate media and are priced per model (the catalog says which models). */
const PRICED_TASKS = ['imageInference', 'videoInference', 'audioInference'] as const;

/**
 * Task types Runware bills that the catalog has no prices for yet: listed as unpriced, never $0.
 * Both spellings people send are here (the API's and the SDKs' method names).
 */
const UNPRICED_TASKS = [
  'imageUpscale',
  'upscale',
  'imageBackgroundRemoval',
  'removeBackground',
  'imageCaption',
  'promptEnhance',
  'imageControlNetPreProcess',
  'photoMaker',
  'imageMasking',
  'vectorize',
  'textInference',
  'modelUpload',
] as const;

/** Tasks that start no billed work: a poll, authentication, account reads. */
const FREE_TASKS = ['authentication', 'getResponse', 'accountManagement', 'ping', 'modelSearch'] as const;

const KNOWN_TASKS: readonly string[] = [...PRICED_TASKS, ...UNPRICED_TASKS, ...FREE_TASKS];

/** Runware's own statement of a default the request may leave out, by AIR prefix. */
export const RUNWARE_DEFAULTS: readonly { prefix: string; audio: boolean; source: string }[] = [
  {
    // Veo on Runware: "generates synchronized audio natively (on by default via providerSettings.google.generateAudio)"
    prefix: 'google:3@',
    audio: true,
    source: 'https://github.com/Runware/runware-skills/blob/main/skills/cinematic-video/references/examples.md',
  },
];

/** The task fields a Runware quote reads. */
const RUNWARE_FIELDS = [
  'taskType',
  'model',
  'width',
  'height',
  'steps',
  'numberResults',
  'duration',
  'fps',
  'resolution',
  'providerSettings',
];

/** Task fields Runware requests commonly carry that do not change a price. */
const RUNWARE_COMMON: ReadonlySet<string> = new Set([
  'taskUUID',
  'positivePrompt',
  'negativePrompt',
  'seed',
  'outputType',
  'outputFormat',
  'outputQuality',
  'includeCost',
  'deliveryMethod',
  'ttl',
  'safety',
  'CFGScale',
  'scheduler',
  'inputs',
  'lora',
  'webhookURL',
  'checkNSFW',
]);

/** Where provider settings carry a sound flag: `providerSettings.google.generateAudio`, `providerSettings.klingai.sound`. */
const AUDIO_SETTINGS = ['generateAudio', 'audio', 'sound'] as const;

/**
 * A Runware request as sent to `POST /v1`: one task or an array of them. Each generation task is
 * one job: `model` (an AIR); `width` x `height` (and, for video, the resolution tier they make);
 * `steps`; `numberResults` -> results; `duration` -> seconds; `fps`; `resolution`; a sound flag in
 * `providerSettings`. Tasks the catalog cannot price are listed as unpriced; polls and account
 * reads start no billed work and are left out.
 */
export function mapRunware(body: unknown, ctx: BodyContext, catalog: Catalog): MappedJob[] {
  const tasks = Array.isArray(body) ? body : [body];
  const jobs: MappedJob[] = [];
  tasks.forEach((task, i) => {
    const at = Array.isArray(body) ? join('', i) : '';
    if (!isObject(task)) throw fieldError(ctx, at, `expected a task object with \`taskType\`, got ${shown(task)}`);
    const job = mapTask(task, at, ctx, catalog);
    if (job) jobs.push(job);
  });
  if (!jobs.length) throw fieldError(ctx, '', 'the request starts no billed task', `send the ${PRICED_TASKS.join(', ')} tasks to quote`);
  return jobs;
}

function mapTask(task: Record<string, unknown>, at: string, ctx: BodyContext, catalog: Catalog): MappedJob | undefined {
  const field = (name: string) => join(at, name);
  const type = task.taskType;
  if (typeof type !== 'string')
    throw fieldError(ctx, field('taskType'), `expected a task type such as "imageInference", got ${shown(type)}`);
  if ((FREE_TASKS as readonly string[]).includes(type)) return undefined;
  const fields = Object.keys(task).map(field);
  const model = typeof task.model === 'string' && task.model.trim() ? task.model.trim() : undefined;
  const name = `${at ? `${at} ` : ''}${type}${model ? ` ${model}` : ''}`;
  if (!KNOWN_TASKS.includes(type)) {
    const suggestion = closest(type, KNOWN_TASKS, 2);
    if (suggestion)
      throw fieldError(ctx, field('taskType'), `unknown task type ${JSON.stringify(type)}; did you mean "${suggestion}"?`, undefined, {
        value: type,
        allowed: KNOWN_TASKS,
        suggestion,
      });
  }
  if (!(PRICED_TASKS as readonly string[]).includes(type)) {
    return {
      name,
      model,
      keys: [field('taskType')],
      values: [],
      fields,
      at,
      unpriced: `Runware \`${type}\` tasks are not in the catalog yet`,
    };
  }
  if (!model)
    throw fieldError(
      ctx,
      field('model'),
      `expected the model's AIR as a string, got ${shown(task.model)}`,
      'name the model, e.g. `"model": "runware:101@1"`',
    );

  const values: MappedValue[] = [];
  const read = (attribute: Parameters<typeof attributeValue>[0], key: string) => {
    if (task[key] !== undefined)
      values.push({ attribute, value: attributeValue(attribute, task[key], ctx, field(key)), field: field(key) });
  };
  read('width', 'width');
  read('height', 'height');
  read('steps', 'steps');
  read('results', 'numberResults');
  read('fps', 'fps');
  read('resolution', 'resolution');
  if (task.duration !== undefined)
    values.push({ attribute: 'seconds', value: seconds(task.duration, ctx, field('duration')), field: field('duration') });
  const entry = modelOf(catalog, 'runware', model);
  if (type === 'videoInference' && task.resolution === undefined && task.width !== undefined && task.height !== undefined && entry) {
    const pixels = numberValue('width', task.width, ctx, field('width')).times(numberValue('height', task.height, ctx, field('height')));
    const word = nearestTier(entry, pixels.toNumber());
    if (word) values.push({ attribute: 'resolution', value: word, field: field('width'), also: [field('height')], shown: word });
  }
  const audio = soundFlag(task, at, ctx);
  if (audio) values.push(audio);
  else {
    const known = RUNWARE_DEFAULTS.find((d) => model.toLowerCase().startsWith(d.prefix));
    if (known)
      values.push({
        attribute: 'audio',
        value: known.audio,
        field: field('providerSettings'),
        shown: `generateAudio: ${String(known.audio)}`,
        defaultFrom: known.source,
      });
  }
  return {
    name,
    model,
    keys: [field('taskType'), field('model')],
    known: RUNWARE_FIELDS,
    common: RUNWARE_COMMON,
    values,
    fields,
    at,
    asks: (attribute) => ask(attribute, at),
  };
}

/** How to ask for what a task lacks, worded only when a quote must ask. */
function ask(attribute: string, at: string): string | undefined {
  const field = (name: string) => `\`${join(at, name)}\``;
  switch (attribute) {
    case 'steps':
      return `${field('steps')} (the model is billed by its compute, which grows with steps)`;
    case 'width':
    case 'height':
      return `${field('width')} and ${field('height')}`;
    case 'seconds':
      return `${field('duration')} (seconds)`;
    case 'audio':
      return `a sound flag (${field('providerSettings')}.<provider>.generateAudio)`;
    default:
      return undefined;
  }
}

function soundFlag(task: Record<string, unknown>, at: string, ctx: BodyContext): MappedValue | undefined {
  const settings = task.providerSettings;
  if (settings === undefined) return undefined;
  const path = join(at, 'providerSettings');
  if (!isObject(settings)) throw fieldError(ctx, path, `expected provider settings as an object, got ${shown(settings)}`);
  for (const [provider, values] of Object.entries(settings)) {
    if (!isObject(values)) continue;
    for (const key of AUDIO_SETTINGS) {
      if (values[key] === undefined) continue;
      const where = join(join(path, provider), key);
      return { attribute: 'audio', value: attributeValue('audio', values[key], ctx, where), field: path, shown: String(values[key]) };
    }
  }
  return undefined;
}
