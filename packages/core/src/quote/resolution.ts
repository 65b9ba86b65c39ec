import type { Model } from '../catalog/schema.js';

/**
 * Output tiers by pixel count, for a request that gives an output size to a model priced by
 * resolution: the size is read as the tier nearest its pixels (864:496 = 428,544 px is 480p; 1470:630 = 926,100 px is 720p).
 */
export const RESOLUTION_TIERS: readonly { readonly word: string; readonly pixels: number }[] = [
  { word: '480p', pixels: 854 * 480 },
  { word: '720p', pixels: 1280 * 720 },
  { word: '768P', pixels: 1366 * 768 },
  { word: '1080p', pixels: 1920 * 1080 },
  { word: '4K', pixels: 3840 * 2160 },
  { word: '1K', pixels: 1024 * 1024 },
  { word: '2K', pixels: 2048 * 2048 },
];

const WORDS = new WeakMap<Model, ReadonlySet<string>>();

/** The resolution words a model's rates are priced at, lower-cased; worked out once per catalog model. */
export function resolutionWords(model: Model): ReadonlySet<string> {
  let known = WORDS.get(model);
  if (!known) WORDS.set(model, (known = wordsOf(model)));
  return known;
}

function wordsOf(model: Model): Set<string> {
  const words = new Set<string>();
  for (const rate of model.rates) {
    const c = rate.when.resolution;
    for (const w of Array.isArray(c) ? c : c === undefined ? [] : [c]) if (typeof w === 'string') words.add(w.toLowerCase());
  }
  for (const w of model.accepts.resolution ?? []) words.add(w.toLowerCase());
  return words;
}

/** The tier of a model's own words whose pixels are nearest (by ratio) to `pixels`, if it prices any. */
export function nearestTier(model: Model, pixels: number): string | undefined {
  const words = resolutionWords(model);
  let best: { word: string; distance: number } | undefined;
  for (const t of RESOLUTION_TIERS) {
    if (!words.has(t.word.toLowerCase())) continue;
    const distance = Math.abs(Math.log(pixels / t.pixels));
    if (!best || distance < best.distance) best = { word: t.word, distance };
  }
  return best?.word;
}
