import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  closest,
  GenspendError,
  MAX_BODY_CHARS,
  parseRequestBody,
  QUOTE_PROVIDERS,
  quoteJson,
  quoteRequest,
  renderQuoteTable,
  type QuoteOptions,
} from '@genspend/core';
import { displayPath } from '../files.js';
import { EXIT, parseFormat, UsageError, writeJson, type Io } from '../io.js';
import { loadCatalog } from '../price-file.js';

export const quoteHelp = `Usage:
  genspend quote fal <endpoint-id> <file|->
  genspend quote runway <create-endpoint> <file|->
  genspend quote runware <file|->
  genspend quote runpod --gpu <pool> --seconds <n> [--worker flex|active] <file|->
  options: [--format table|json] [--set <attribute>=<value>]... [--prices FILE]

Prices the request body you are about to send (a file, or - for stdin) exactly as the manifest
estimate prices the same job, for one run, and says which fields it read, which defaults it
assumed (with their source) and which fields do not change the price.

  fal       the endpoint's input, or { "input": ... } as the client takes it
  runway    the body of a create endpoint: text_to_video, image_to_video, video_to_video,
            text_to_image, character_performance, text_to_speech, sound_effect, voice_dubbing,
            speech_to_speech, voice_isolation, video_upscale (or upscale), image_upscale
  runware   one task or the task array sent to POST /v1
  runpod    the job body ({ "input": ... }); --gpu names the endpoint's GPU pool (ADA_24,
            "H100 PRO", or a fallback list "ADA_24,AMPERE_24"); --seconds the expected execution
            time; the job's policy.executionTimeout (or Runpod's 10-minute default) gives the most
            one job can be billed

--set gives what a body cannot carry, by genspend attribute: the length of a video sent to an
upscaler (--set seconds=12), the size of an input image (--set width=1024 --set height=1024).
--format json prints the estimate contract's workload object plus read, assumed and ignored (a
list of them for a Runware task array).
Exit 0 when every job is priced, 1 when one is unpriced, 2 on bad input.`;

export interface QuoteValues {
  format?: string;
  prices?: string;
  gpu?: string;
  seconds?: string;
  worker?: string;
  set?: string[];
}

export async function quoteCommand(positionals: string[], values: QuoteValues, io: Io, readStdin: () => string): Promise<number> {
  const format = parseFormat(values.format, ['table', 'json']);
  const [provider, ...rest] = positionals;
  if (provider === undefined) throw new UsageError(`name the provider: ${QUOTE_PROVIDERS.join(', ')}`);
  const id = provider.toLowerCase();
  if (!(QUOTE_PROVIDERS as readonly string[]).includes(id)) {
    const suggestion = closest(provider, QUOTE_PROVIDERS);
    throw new UsageError(
      `unknown provider \`${provider}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (one of ${QUOTE_PROVIDERS.join(', ')})`,
    );
  }
  const takesTarget = id === 'fal' || id === 'runway';
  const want = takesTarget ? 2 : 1;
  if (rest.length !== want) {
    const what = id === 'fal' ? '<endpoint-id> <file|->' : id === 'runway' ? '<create-endpoint> <file|->' : '<file|->';
    throw new UsageError(`\`genspend quote ${id}\` takes ${what}`);
  }
  if (id !== 'runpod' && (values.gpu !== undefined || values.seconds !== undefined || values.worker !== undefined))
    throw new UsageError('--gpu, --seconds and --worker apply to `genspend quote runpod`');
  if (id === 'runpod' && values.gpu === undefined)
    throw new UsageError("`genspend quote runpod` needs --gpu <pool> (the endpoint's GPU pool, e.g. ADA_24)");
  if (values.worker !== undefined && values.worker !== 'flex' && values.worker !== 'active')
    throw new UsageError(`--worker must be flex or active, got "${values.worker}"`);
  const source = rest[rest.length - 1]!;
  const file = source === '-' ? '-' : displayPath(io.cwd, source);
  const text = source === '-' ? readStdin() : readBody(io.cwd, source, file);
  const options: QuoteOptions = {
    file,
    catalog: loadCatalog(io.cwd, source === '-' ? [] : [file], values.prices),
    ...(values.seconds !== undefined ? { seconds: values.seconds } : {}),
    ...(values.worker !== undefined ? { worker: values.worker as 'flex' | 'active' } : {}),
    ...(values.set?.length ? { given: givenValues(values.set) } : {}),
  };
  const target = id === 'runpod' ? values.gpu : takesTarget ? rest[0] : undefined;
  const quote = quoteRequest(id, target, parseRequestBody(text, file), options);
  if (format === 'json') await writeJson(io.stdout, quoteJson(quote));
  else io.stdout.write(renderQuoteTable(quote));
  return quote.cost === null ? EXIT.budgetFailed : EXIT.pass;
}

/** `--set seconds=12` -> { seconds: "12" }; true/false are flags. The core checks names and values. */
function givenValues(pairs: readonly string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--set takes <attribute>=<value>, got \`${pair}\``);
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    out[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return out;
}

function readBody(cwd: string, source: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, source));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new GenspendError(
      code === 'ENOENT' ? 'file does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'error'})`,
      { file },
      'name the JSON file of the request body, or - to read it from stdin',
    );
  }
  // a UTF-8 character is at most 4 bytes: a file this large holds more characters than a body may
  if (bytes.length > MAX_BODY_CHARS * 4)
    throw new GenspendError(`file is ${bytes.length} bytes, over the request limit`, { file }, 'quote one request body');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GenspendError('file is binary, not UTF-8 JSON text', { file }, 'name the JSON file of the request body');
  }
}
