import { type Decimal } from '../money.js';
import type { Rate, Unit } from '../catalog/schema.js';
import type { AttributeName, Period } from '../manifest/schema.js';
import { ONE, money, quotient, times } from '../money.js';

/** Hours in each period. A month is 730 hours (8,760 / 12), the convention providers bill by. */
export const PERIOD_HOURS: Record<Period, number> = { day: 24, week: 168, month: 730 };

/**
 * One usage component of a line: `count` billed items, each `each` units before rounding.
 * Rounding with scope `request` applies to `each`, so 20,000 runs of 2.3 s bill 20,000 x 3 s.
 */
export interface UsageComponent {
  label: string;
  count: Decimal;
  each: Decimal;
}

/** Reads a numeric attribute; the estimator has already checked that required ones exist. */
export type NumberOf = (name: AttributeName) => Decimal;
export type ValueOf = (name: AttributeName) => Decimal | string | boolean | undefined;

/** Attributes a unit reads to count usage; a workload missing one is an error naming it. */
export function requiredAttributes(rate: Rate, worker: string | undefined): AttributeName[] {
  if (rate.measured) return ['runs', 'width', 'height', 'steps'];
  switch (rate.unit) {
    case 'image':
    case 'video':
    case 'request':
      return ['runs'];
    case 'megapixel':
      return ['runs', 'width', 'height'];
    case 'video_second':
    case 'audio_second':
      return ['runs', 'seconds'];
    case 'character':
      return ['runs', 'characters'];
    case 'gpu_second':
      return worker === 'active' ? ['activeWorkers'] : ['runs', 'seconds'];
    case 'gb_month':
      return [rate.quantityFrom ?? 'volumeGB'];
    case 'reference_image':
      return ['runs', 'referenceImages'];
    case 'reference_video_second':
      return ['runs', 'referenceVideoSeconds'];
    case 'video_token':
      return ['runs', 'width', 'height', 'fps', 'seconds'];
    case 'runner_second':
      return ['runs', 'seconds'];
  }
}

/**
 * Attributes a unit needs once a workload has cold starts: what each wake-up bills beyond the
 * execution (Runpod's cold start and idle timeout; fal's setup and keep-alive). Always-on Runpod
 * workers never wake up, so they need none.
 */
export function wakeUpAttributes(rate: Rate, worker: string | undefined): AttributeName[] {
  if (rate.unit === 'gpu_second') return worker === 'active' ? [] : ['coldStartSeconds', 'idleSeconds'];
  if (rate.unit === 'runner_second') return ['setupSeconds', 'keepAlive'];
  return [];
}

/**
 * Every attribute a unit's usage reads: the required ones and those it reads when given
 * (results, cold starts). Anything else cannot change the bill of that unit.
 */
export function usageAttributes(rate: Rate, worker: string | undefined): AttributeName[] {
  const required = requiredAttributes(rate, worker);
  if (rate.measured) return [...required, 'results'];
  switch (rate.unit) {
    case 'image':
    case 'video':
    case 'megapixel':
    case 'video_second':
    case 'video_token':
      return [...required, 'results'];
    case 'gpu_second':
      // always-on workers bill the whole period; runs and seconds still feed the capacity check
      return worker === 'active'
        ? [...required, 'worker', 'gpuCount', 'runs', 'seconds']
        : [...required, 'worker', 'gpuCount', 'coldStarts', 'coldStartSeconds', 'idleSeconds'];
    case 'runner_second':
      return [...required, 'gpuCount', 'coldStarts', 'setupSeconds', 'keepAlive', 'teardownSeconds'];
    default:
      return required;
  }
}

export interface UsageContext {
  num: NumberOf;
  value: ValueOf;
  period: Period;
}

/**
 * The billing rule of each unit: how a workload's attributes become quantities. Numbers live
 * in the catalog; only the shape of the bill lives here.
 */
export function usageFor(unit: Unit, rate: Rate, ctx: UsageContext): UsageComponent[] {
  const { num, value } = ctx;
  const has = (name: AttributeName) => value(name) !== undefined;
  const results = () => (has('results') ? num('results') : ONE);
  switch (unit) {
    case 'image':
      return [{ label: 'images', count: times(num('runs'), results()), each: ONE }];
    case 'video':
      return [{ label: 'videos', count: times(num('runs'), results()), each: ONE }];
    case 'request':
      return [{ label: 'requests', count: num('runs'), each: ONE }];
    case 'megapixel':
      // 1024x1024 at 1,048,576 pixels per MP = 1 MP; 1536x1024 = 1.5 MP -> billed 2 MP when rounded up per image
      return [
        {
          label: 'megapixels',
          count: times(num('runs'), results()),
          each: quotient(num('width').times(num('height')), pixelsPerMegapixel(rate)),
        },
      ];
    case 'video_second':
      return [{ label: 'video seconds', count: times(num('runs'), results()), each: num('seconds') }];
    case 'audio_second':
      return [{ label: 'audio seconds', count: num('runs'), each: num('seconds') }];
    case 'character':
      return [{ label: 'characters', count: num('runs'), each: num('characters') }];
    case 'gpu_second':
      return gpuSeconds(ctx);
    case 'gb_month':
      // storage is held, not consumed per run: GB for the period, priced per GB-month and prorated by hours
      return [{ label: 'GB-months', count: ONE, each: num(rate.quantityFrom ?? 'volumeGB') }];
    case 'reference_image':
      return [{ label: 'reference images', count: num('runs'), each: num('referenceImages') }];
    case 'reference_video_second':
      return [{ label: 'reference video seconds', count: num('runs'), each: num('referenceVideoSeconds') }];
    case 'video_token':
      return [{ label: 'video tokens', count: times(num('runs'), results()), each: videoTokens(num) }];
    case 'runner_second':
      return runnerSeconds(ctx);
  }
}

/** fal Seedance: tokens = width x height x fps x seconds / 1024, so 1920x1080 at 24 fps for 5 s = 243,000. */
function videoTokens(num: NumberOf): Decimal {
  return quotient(num('width').times(num('height')).times(num('fps')).times(num('seconds')), 1024);
}

const MEGAPIXELS = new Map<string, Decimal>();
/** Pixels in one billed megapixel, parsed once per distinct value. */
function pixelsPerMegapixel(rate: Rate): Decimal {
  const text = rate.pixelsPerMegapixel ?? '1000000';
  let d = MEGAPIXELS.get(text);
  if (!d) MEGAPIXELS.set(text, (d = money(text)));
  return d;
}

/**
 * Runpod Serverless bills worker time from start to full stop, each part rounded up to the
 * second: execution (2.3 s -> 3 s per job), cold start, and the idle timeout after the last job
 * of a wake-up. Active (always-on) workers bill every second of the period instead.
 * gpuCount multiplies all of it.
 */
function gpuSeconds({ num, value, period }: UsageContext): UsageComponent[] {
  const gpus = value('gpuCount') !== undefined ? num('gpuCount') : ONE;
  if (value('worker') === 'active') {
    return [{ label: 'always-on', count: times(num('activeWorkers'), gpus), each: money(PERIOD_HOURS[period]).times(3600) }];
  }
  const parts: UsageComponent[] = [{ label: 'execution', count: times(num('runs'), gpus), each: num('seconds') }];
  if (value('coldStarts') !== undefined && !num('coldStarts').isZero()) {
    parts.push({ label: 'cold starts', count: times(num('coldStarts'), gpus), each: num('coldStartSeconds') });
    parts.push({ label: 'idle timeout', count: times(num('coldStarts'), gpus), each: num('idleSeconds') });
  }
  return parts;
}

/**
 * fal Serverless bills a runner for every second it is alive: setup (loading the app), running,
 * idle (the `keep_alive` after the last request), draining and terminating; not while pending
 * or pulling its image. Each wake-up (cold start) adds setup, keep-alive and teardown.
 * gpuCount multiplies all of it (an app on 2 GPUs bills 2 x duration).
 */
function runnerSeconds({ num, value }: UsageContext): UsageComponent[] {
  const gpus = value('gpuCount') !== undefined ? num('gpuCount') : ONE;
  const parts: UsageComponent[] = [{ label: 'execution', count: times(num('runs'), gpus), each: num('seconds') }];
  if (value('coldStarts') === undefined || num('coldStarts').isZero()) return parts;
  const wakeUps = times(num('coldStarts'), gpus);
  parts.push({ label: 'setup', count: wakeUps, each: num('setupSeconds') });
  parts.push({ label: 'keep-alive', count: wakeUps, each: num('keepAlive') });
  if (value('teardownSeconds') !== undefined) parts.push({ label: 'teardown', count: wakeUps, each: num('teardownSeconds') });
  return parts;
}
