import { describe, expect, it } from 'vitest';
import { problemsOf } from '../errors.js';
import { parseRequestBody, QUOTE_LIMITS } from './body.js';
import { quoteRequest } from './quote.js';

// Hostile and odd request bodies: each is one GenspendError naming the field, never a crash,
// a stack trace or a JS class name, and never a price.

const nested = (levels: number) => {
  let body: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) body = { a: body };
  return body;
};

/** [what it is, provider, target, body, a part of the problem it must give] */
const CORPUS: [string, string, string | undefined, unknown, string][] = [
  ['a string for the body', 'fal', 'fal-ai/flux/dev', 'prompt=cat', 'got "prompt=cat"'],
  ['null for the body', 'fal', 'fal-ai/flux/dev', null, 'got null'],
  ['a number for the body', 'fal', 'fal-ai/flux/dev', 42, 'got 42'],
  [
    '`__proto__` as JSON.parse makes it',
    'fal',
    'fal-ai/flux/dev',
    JSON.parse('{"__proto__": {"num_images": 1000}}'),
    '__proto__: `__proto__` is not a request field',
  ],
  [
    '`constructor` deep inside',
    'fal',
    'fal-ai/flux/dev',
    { image_size: { constructor: { width: 1 } } },
    'image_size.constructor: `constructor` is not a request field',
  ],
  [
    '`prototype` in a list item',
    'fal',
    'fal-ai/flux/dev',
    { loras: [{ prototype: 1 }] },
    'loras[0].prototype: `prototype` is not a request field',
  ],
  [
    'a preset named like object machinery',
    'fal',
    'fal-ai/flux/dev',
    { image_size: 'constructor' },
    'image_size: unknown preset "constructor"',
  ],
  ['a preset named toString', 'fal', 'fal-ai/flux/dev', { image_size: 'toString' }, 'image_size: unknown preset "toString"'],
  [
    'a huge array',
    'fal',
    'fal-ai/flux/dev',
    { loras: Array.from({ length: 5000 }, () => 1) },
    'loras: a list of 5000 items, over the 1000-item limit',
  ],
  ['deep nesting (a million levels)', 'fal', 'fal-ai/flux/dev', nested(1_000_000), `nested deeper than ${QUOTE_LIMITS.maxDepth} levels`],
  [
    'too many values in all',
    'fal',
    'fal-ai/flux/dev',
    Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, Array.from({ length: 1000 }, () => 0)])),
    `more than ${QUOTE_LIMITS.maxNodes} values`,
  ],
  [
    'a string over the limit',
    'fal',
    'fal-ai/elevenlabs/tts/multilingual-v2',
    { text: 'a'.repeat(QUOTE_LIMITS.maxStringLength + 1) },
    'text: text of 1000001 characters',
  ],
  ['NaN', 'fal', 'fal-ai/flux/dev', { num_images: NaN }, 'num_images: expected a finite number, got NaN'],
  ['Infinity', 'fal', 'fal-ai/veo3', { duration: Infinity }, 'duration: expected a finite number, got Infinity'],
  ['a Date', 'fal', 'fal-ai/flux/dev', { seed: new Date(0) }, 'seed: expected JSON data, got an object of another kind'],
  ['a Map', 'fal', 'fal-ai/flux/dev', { image_size: new Map([['width', 1]]) }, 'image_size: expected JSON data'],
  ['a function', 'fal', 'fal-ai/flux/dev', { num_images: () => 4 }, 'num_images: expected JSON data, got function'],
  ['a bigint', 'fal', 'fal-ai/flux/dev', { num_images: 4n }, 'num_images: expected JSON data, got bigint'],
  ['a negative count', 'fal', 'fal-ai/flux/dev', { num_images: -1 }, 'num_images: expected a whole number from 1 to 10000, got -1'],
  ['a fractional count', 'fal', 'fal-ai/flux/dev', { num_images: 1.5 }, 'num_images: expected a whole number from 1 to 10000, got 1.5'],
  [
    'an absurd size',
    'fal',
    'fal-ai/flux/dev',
    { image_size: { width: 1e9, height: 1 } },
    'image_size.width: expected a whole number from 1 to 100000',
  ],
  ['a size given as text', 'fal', 'fal-ai/flux/dev', { image_size: 1024 }, 'image_size: expected a preset'],
  [
    'a list for a duration',
    'fal',
    'fal-ai/veo3',
    { duration: [8] },
    'duration: expected a duration in seconds (5, "5" or "5s"), got a list',
  ],
  ['an object for a flag', 'fal', 'fal-ai/veo3', { generate_audio: {} }, 'generate_audio: expected true or false, got an object'],
  [
    'dialogue lines that are not lines',
    'fal',
    'fal-ai/elevenlabs/text-to-dialogue/eleven-v3',
    { inputs: ['hi'] },
    'inputs[0]: expected { text, voice }, got "hi"',
  ],
  [
    'a Runware batch of 5,000 tasks',
    'runware',
    undefined,
    Array.from({ length: 5000 }, () => ({ taskType: 'imageInference' })),
    'a list of 5000 items, over the 1000-item limit',
  ],
  [
    'a Runware task with a prototype key',
    'runware',
    undefined,
    JSON.parse('[{"taskType": "imageInference", "__proto__": {}}]'),
    '[0].__proto__: `__proto__` is not a request field',
  ],
  [
    'a Runware task that is a string',
    'runware',
    undefined,
    ['imageInference'],
    '[0]: expected a task object with `taskType`, got "imageInference"',
  ],
  [
    'a Runway body with `constructor`',
    'runway',
    'text_to_video',
    { model: 'gen4.5', constructor: 'x' },
    'constructor: `constructor` is not a request field',
  ],
  ['a Runway model that is a number', 'runway', 'text_to_video', { model: 45 }, 'model: expected the model id as a string, got 45'],
  ['a Runpod input nested too deep', 'runpod', 'ADA_24', { input: nested(100) }, 'nested deeper than 32 levels'],
  ['a Runpod body that is a list', 'runpod', 'ADA_24', [{ input: {} }], 'expected a job body as a JSON object, got a list'],
  ['an unknown provider', 'fall', 'fal-ai/flux/dev', {}, 'unknown provider "fall"; did you mean "fal"?'],
  ['no endpoint', 'fal', undefined, {}, 'a fal quote names the endpoint'],
];

describe('hostile request bodies', () => {
  for (const [what, provider, target, body, expected] of CORPUS) {
    it(what, () => {
      let thrown: unknown;
      try {
        quoteRequest(provider, target, body);
      } catch (e) {
        thrown = e;
      }
      const problems = problemsOf(thrown);
      expect(problems, String(thrown)).toBeDefined();
      const text = problems!.map((p) => p.format()).join('\n');
      expect(text).toContain(expected);
      expect(text).not.toMatch(/\bat \w+ \(|TypeError|RangeError|\[object /);
    });
  }

  it('an endpoint named like object machinery is unpriced, not a crash or $0', () => {
    for (const target of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const q = quoteRequest('fal', target, { prompt: 'x' });
      expect(q.cost).toBeNull();
      expect(q.jobs[0]!.estimate.unpriced).toContain('unknown fal.ai model');
    }
  });

  it('a syntax error in a long body does not repeat the text around it (a body may hold a key)', () => {
    // V8 quotes the text near the error, cut short with ... in a long body
    const bodies = [
      '{"apiKey": "sk-ZQXZQX", "prompt": }',
      `{"prompt": "${'x'.repeat(60)}", "apiKey": "sk-ZQXZQX", "k":} ${'y'.repeat(40)}`,
    ];
    for (const text of bodies) {
      let thrown: unknown;
      try {
        parseRequestBody(text, 'body.json');
      } catch (e) {
        thrown = e;
      }
      const message = problemsOf(thrown)![0]!.format();
      expect(message).toMatch(/^body\.json(:1)?: not valid JSON: /);
      expect(message).not.toMatch(/ZQX|yyy/);
    }
  });
});
