import { type Decimal } from '../money.js';
import type { Basis, Unit } from '../catalog/schema.js';
import type { Location } from '../errors.js';
import type { AttributeName, Period } from '../manifest/schema.js';

export type AttributeValue = Decimal | string | boolean;
export type Attributes = Partial<Record<AttributeName, AttributeValue>>;

/** One job description to price, from a manifest entry, an n8n item or an API call. */
export interface WorkloadSpec {
  name: string;
  provider: string;
  /** Model id; for Runpod, the GPU. */
  model: string | undefined;
  attributes: Attributes;
  location?: Location;
  /** Runpod: the Serverless endpoint it runs on (what billing is split by). */
  endpointId?: string;
}

export interface RateRef {
  /**
   * Price per `per` units, in the catalog's currency. For compute-billed models it is the
   * per-image price modeled from measured runs; null for tiered rates (see `tiers`).
   */
  amount: string | null;
  tiers?: { upTo?: string; amount: string }[];
  /** A first block of each request billed flat ahead of `amount` (fal Kling: $0.35 for the first 5 s). */
  included?: { quantity: string; amount: string };
  per: string;
  unit: Unit;
  currency: 'USD' | 'credits';
  basis: Basis;
  source: string;
  checkedAt: string;
  verified: boolean;
  note?: string;
  /** Which layer priced it: `catalog` or the price file's name. */
  priceSource: string;
  /** A price file's provider-wide discount taken off the built-in rate ("15%"). */
  discount?: string;
}

/** One line of a bill: rate x usage. */
export interface EstimateLine {
  charge: string;
  /** What the quantity counts: "images", "execution", "cold starts"... */
  label: string;
  unit: Unit;
  /** Usage before the provider's rounding. */
  quantity: Decimal;
  /** Usage as billed (rounded as the rate says). */
  billedQuantity: Decimal;
  rate: RateRef;
  /** In the rate's currency (credits for Runway). */
  amount: Decimal;
  amountUsd: Decimal;
  basis: Basis;
}

export interface WorkloadEstimate {
  name: string;
  provider: string;
  model: string | undefined;
  location?: Location;
  /** Runpod: the Serverless endpoint it runs on, as the manifest names it. */
  endpointId?: string;
  /** Jobs per period as declared (null for storage and always-on workers). */
  runs: Decimal | null;
  /** USD for the period; null when unpriced (never a silent zero). */
  cost: Decimal | null;
  /** Runway: the same cost in credits. */
  credits: Decimal | null;
  /** Runway: the USD value of one credit the cost was converted at (the catalog's, or the price file's). */
  creditUsd?: Decimal;
  /** The weakest basis of any line: modeled < measured < published. */
  basis: Basis | null;
  lines: EstimateLine[];
  /** Values genspend filled in or figures it derived, in words, for the report's footnote. */
  assumptions: string[];
  warnings: string[];
  /** Why it could not be priced. */
  unpriced?: string;
  /** The architecture a community model was priced by (Runware), when it was. */
  architecture?: string;
  /**
   * USD, when a rate it was priced at is uncertain (the catalog gives that rate a low and a high):
   * the least and the most the period may bill. Absent: the price is firm.
   */
  range?: CostRange;
  /** Attributes the workload left out that the catalog's defaults filled in, with the value (each also in `assumptions`). */
  defaulted?: Readonly<Partial<Record<AttributeName, string>>>;
}

/** The least and the most a cost may be; `cost` is the expected figure between them. */
export interface CostRange {
  low: Decimal;
  high: Decimal;
}

export interface BudgetSpec {
  limit?: Decimal;
  maxIncrease?: Decimal;
  maxIncreasePercent?: Decimal;
  unpriced: 'fail' | 'warn';
  /** Which figure of a range the rules judge: the expected one (default) or the high end. */
  judge?: 'expected' | 'high';
  /** What `genspend scan` does with a model call no workload declares; warn when not set. */
  undeclared?: 'fail' | 'warn' | 'off';
}

export interface ManifestEstimate {
  file: string;
  period: Period;
  budget: BudgetSpec;
  /** Percent a reconcile lets billed spend stray from this manifest's plan. */
  reconcile?: { maxVariance?: Decimal };
  total: Decimal;
  /** Present when a workload has a range: the total at every workload's low, and at its high. */
  range?: CostRange;
  workloads: WorkloadEstimate[];
}

/** Several manifests priced together (all share one period). */
export interface Estimate {
  period: Period;
  total: Decimal;
  range?: CostRange;
  manifests: ManifestEstimate[];
}
