/** A price read out of free text: the amount, and the unit when the text names one. */
export interface PriceText {
  amountUsd: string;
  unit?: string;
}

const DOLLARS = /\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*USD\b/gi;
const UNIT = /(?:\bper\b|\/)\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/i;

/**
 * Read one USD price from a provider's free text (Runware publishes prices as prose). Only an
 * unambiguous text yields a price: "$0.0038" -> 0.0038; "$0.0038 per image" -> 0.0038, unit
 * "image"; "0.02 USD / megapixel" -> 0.02, "megapixel"; "Free" -> 0. A range ("$0.01 - $0.05"),
 * several different amounts, or no amount at all yields undefined: a guessed price is worse
 * than none, and an unpriced model is reported as such.
 */
export function parsePriceText(text: string): PriceText | undefined {
  if (/^\s*free\s*$/i.test(text)) return { amountUsd: '0' };
  const amounts = new Set<string>();
  for (const match of text.matchAll(DOLLARS)) amounts.add(normalize(match[1] ?? match[2] ?? ''));
  if (amounts.size !== 1) return undefined;
  const [amountUsd] = [...amounts] as [string];
  const unit = UNIT.exec(text)?.[1]?.trim().toLowerCase();
  return unit ? { amountUsd, unit } : { amountUsd };
}

/** "1,200.50" -> "1200.50"; "0.0038" stays as written (trailing zeros are the provider's). */
function normalize(digits: string): string {
  return digits.replace(/,/g, '');
}
