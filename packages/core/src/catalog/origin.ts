// Kept apart from price-file.ts so pricing a workload never loads zod (see catalog.ts).

/** Which layer priced a rate: the repository's price file or the built-in catalog. */
export interface PriceOrigin {
  priceSource: string;
  /** The provider-wide discount taken off a built-in rate ("15%"). */
  discount?: string;
}

const origins = new WeakMap<object, PriceOrigin>();
const CATALOG: PriceOrigin = Object.freeze({ priceSource: 'catalog' });

/** Where a rate came from; rates genspend ships are the catalog's. */
export function priceOrigin(rate: object): PriceOrigin {
  return origins.get(rate) ?? CATALOG;
}

export function setPriceOrigin(rate: object, origin: PriceOrigin): void {
  origins.set(rate, origin);
}
