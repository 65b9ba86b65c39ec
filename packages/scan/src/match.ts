import { RUNWAY_ENDPOINTS, type QuoteProvider, type ScanLiteral } from '@genspend/core';
import { literalFields, member, stringOf, type FoundCall, type Step, type Val } from './value.js';

/** A call site before the file and its directive comments are known. */
export interface Match {
  readonly provider: QuoteProvider;
  readonly sdk: string;
  readonly call: string;
  readonly model: string | null;
  readonly task?: string;
  readonly arguments: Record<string, ScanLiteral>;
  readonly dynamic: string[];
}

const names = (steps: readonly Step[]): string[] => steps.flatMap((s) => ('name' in s ? [s.name] : []));
const lastName = (steps: readonly Step[]): string | undefined => {
  const s = steps[steps.length - 1];
  return s && 'name' in s ? s.name : undefined;
};

/** Runware's SDK methods, by the task type each sends. */
const RUNWARE_METHODS: Record<string, string> = {
  requestImages: 'imageInference',
  imageInference: 'imageInference',
  videoInference: 'videoInference',
  audioInference: 'audioInference',
  upscaleGan: 'imageUpscale',
  imageUpscale: 'imageUpscale',
  upscale: 'upscale',
  removeImageBackground: 'imageBackgroundRemoval',
  removeBackground: 'imageBackgroundRemoval',
  imageBackgroundRemoval: 'imageBackgroundRemoval',
  enhancePrompt: 'promptEnhance',
  promptEnhance: 'promptEnhance',
  requestImageToText: 'imageCaption',
  imageCaption: 'imageCaption',
  controlNetPreProcess: 'imageControlNetPreProcess',
  controlNetPreprocess: 'imageControlNetPreProcess',
  photoMaker: 'photoMaker',
  textInference: 'textInference',
  modelUpload: 'modelUpload',
};

/**
 * Runway's create resources, as the JavaScript SDK (camelCase) and the Python one (snake_case)
 * name them: the endpoints a quote prices, and `upscale`, the older name of `video_upscale`.
 */
const RUNWAY_RESOURCES: readonly string[] = [...RUNWAY_ENDPOINTS, 'upscale'];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const FAL_JS = new Set(['run', 'subscribe', 'stream']);
const FAL_PY = new Set(['run', 'subscribe', 'submit', 'stream', 'run_async', 'subscribe_async', 'submit_async', 'stream_async']);

/** The model argument: its literal value, or null with `model` among the dynamic fields. */
function modelOf(v: Val | undefined, dynamic: string[]): string | null {
  const s = stringOf(v);
  if (s !== undefined && s.trim()) return s.trim();
  dynamic.unshift('model');
  return null;
}

function body(v: Val | undefined, prefix = ''): { values: Record<string, ScanLiteral>; dynamic: string[] } {
  return v === undefined ? { values: {}, dynamic: [] } : literalFields(v, prefix);
}

/** The object a Python Runware method takes: an `IImageInference(...)` made in place or bound to a name, or a dict. */
function runwarePayload(call: FoundCall): Val | undefined {
  const v = call.args[0] ?? [...call.kwargs.values()][0];
  if (v?.k === 'ref') {
    const last = v.ref.steps[v.ref.steps.length - 1];
    if (last && !('name' in last)) return { k: 'obj', props: new Map(last.kwargs), open: last.args.length > 0 };
  }
  return v;
}

/** What SDK call this is, if it starts paid work at a provider. */
export function matchCall(call: FoundCall): Match | undefined {
  const { module, steps } = call.ref;
  const method = lastName(steps);
  if (!method) return undefined;
  const shown = call.callee;
  switch (module) {
    case '@fal-ai/client': {
      const queue = steps.length >= 2 && names(steps).at(-2) === 'queue' && method === 'submit';
      if (!queue && !FAL_JS.has(method)) return undefined;
      const dynamic: string[] = [];
      const model = modelOf(call.args[0], dynamic);
      const input = body(member(call.args[1], 'input'), 'input');
      return {
        provider: 'fal',
        sdk: module,
        call: shown,
        model,
        arguments: input.values,
        dynamic: [...dynamic, ...input.dynamic.map(strip('input.'))],
      };
    }
    case 'fal_client': {
      if (!FAL_PY.has(method)) return undefined;
      const dynamic: string[] = [];
      const model = modelOf(call.args[0] ?? call.kwargs.get('application'), dynamic);
      const input = body(call.kwargs.get('arguments') ?? call.args[1]);
      return { provider: 'fal', sdk: module, call: shown, model, arguments: input.values, dynamic: [...dynamic, ...input.dynamic] };
    }
    case '@runware/sdk-js':
    case 'runware': {
      // the newer SDKs take the task itself: client.run({ taskType, model, ... })
      if (method === 'run') return runwareTask(module === 'runware' ? 'runware' : '@runware/sdk', shown, call.args[0]);
      const taskType = RUNWARE_METHODS[method];
      if (!taskType) return undefined;
      const payload = module === 'runware' ? runwarePayload(call) : call.args[0];
      return runwareTask(module, shown, payload, taskType);
    }
    case '@runware/sdk':
      return method === 'run' ? runwareTask(module, shown, call.args[0]) : undefined;
    case '@runwayml/sdk':
    case 'runwayml': {
      const path = names(steps).map(snake);
      const resource = method === 'create' ? path.at(-2) : path.at(-2) === 'generate' ? method : undefined;
      const task = resource && RUNWAY_RESOURCES.includes(snake(resource)) ? snake(resource) : undefined;
      if (!task) return undefined;
      const payload = module === 'runwayml' ? { k: 'obj' as const, props: new Map(call.kwargs), open: call.args.length > 0 } : call.args[0];
      const dynamic: string[] = [];
      const model = modelOf(member(payload, 'model'), dynamic);
      const fields = body(payload);
      return {
        provider: 'runway',
        sdk: module,
        call: shown,
        model,
        task,
        arguments: fields.values,
        dynamic: [...new Set([...dynamic, ...fields.dynamic])],
      };
    }
    case 'runpod-sdk':
    case 'runpod': {
      const methods = module === 'runpod' ? ['run', 'run_sync'] : ['run', 'runSync'];
      if (!methods.includes(method)) return undefined;
      const made = module === 'runpod' ? 'Endpoint' : 'endpoint';
      const at = steps.findIndex((s, i) => 'name' in s && s.name === made && steps[i + 1] !== undefined && !('name' in steps[i + 1]!));
      if (at === -1) return undefined;
      const ctor = steps[at + 1] as Extract<Step, { args: unknown }>;
      const dynamic: string[] = [];
      const model = modelOf(ctor.args[0] ?? ctor.kwargs.get('endpoint_id'), dynamic);
      const payload = body(call.args[0] ?? call.kwargs.get('request_input'));
      return { provider: 'runpod', sdk: module, call: shown, model, arguments: payload.values, dynamic: [...dynamic, ...payload.dynamic] };
    }
    default:
      return undefined;
  }
}

const strip = (prefix: string) => (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path === 'input' ? '...' : path);

function runwareTask(sdk: string, call: string, payload: Val | undefined, taskType?: string): Match | undefined {
  const fields = body(payload);
  const type = taskType ?? stringOf(member(payload, 'taskType'));
  if (taskType === undefined && payload?.k !== 'obj') return undefined;
  const dynamic: string[] = [];
  const model = modelOf(member(payload, 'model'), dynamic);
  const values = { ...(type ? { taskType: type } : {}), ...fields.values };
  return {
    provider: 'runware',
    sdk,
    call,
    model,
    ...(type ? { task: type } : {}),
    arguments: values,
    dynamic: [...new Set([...dynamic, ...fields.dynamic, ...(type ? [] : ['taskType'])])],
  };
}
