export { Money, money, exact, sum, formatUsd, formatCredits, formatPercent, formatQuantity, ZERO } from './money.js';
export {
  GenspendError,
  GenspendErrors,
  isGenspendError,
  closest,
  mapAll,
  problemsOf,
  type Location,
  type ProblemDetail,
} from './errors.js';
export { parseYaml, type ParsedYaml } from './yaml/read.js';
export { MAX_YAML_BYTES, MAX_ALIAS_NODES, MAX_ALIASES, MAX_YAML_DEPTH } from './yaml/limits.js';

export { catalogSchemas } from './catalog/schema.js';
export type { ProviderCatalog, Model, Rate, Unit, Basis, Condition } from './catalog/schema.js';
export { buildCatalog, parseCatalogFile } from './catalog/catalog.js';
export { indexCatalog, type Catalog, type ModelMatch } from './catalog/lookup.js';
export { checkCatalog, parseMaxAge, staleDays, STALE_AFTER_DAYS, type CatalogFinding, type StaleOptions } from './catalog/check.js';
export { defaultCatalog } from './catalog/default.js';
export {
  PRICE_FILE_NAME,
  priceFileSchema,
  parsePriceFile,
  applyPriceFile,
  checkPriceFile,
  catalogWithPrices,
  type PriceFile,
} from './catalog/price-file.js';
export {
  lockPrices,
  renderPriceFile,
  withLockedModels,
  type LockFinding,
  type LockInput,
  type LockResult,
  type LockStatus,
  type ProviderLive,
} from './catalog/lock.js';
export { priceOrigin, type PriceOrigin } from './catalog/origin.js';
export { governingPrices, withReason, type PriceFileVersions } from './catalog/price-file-change.js';
export { catalogDrift, type DriftFinding, type DriftStatus, type LivePriceInput } from './catalog/drift.js';

export { parseManifest, parseManifests } from './manifest/parse.js';
export type { Manifest } from './manifest/build.js';
export { Manifest as ManifestSchema, Workload as WorkloadSchema, Period, jsonSchemaOverrides } from './manifest/schema.js';
export { ATTRIBUTE_NAMES, ATTRIBUTE_RULES, type AttributeName, type ManifestData } from './manifest/fields.js';

export { estimateWorkload, estimateWorkloads } from './estimate/estimate.js';
export { modelAttributes, type ModelAttribute } from './estimate/model-attributes.js';
export { estimateNotices } from './estimate/notices.js';
export { estimateManifests, type PricedManifests } from './estimate/manifests.js';
export { PERIOD_HOURS } from './estimate/usage.js';
export { knownUnpriced } from './estimate/gpu-list.js';
export { surchargesFor } from './estimate/plan.js';
export { describeCondition, describeWhen } from './estimate/match.js';
export type {
  WorkloadSpec,
  WorkloadEstimate,
  EstimateLine,
  Estimate,
  ManifestEstimate,
  BudgetSpec,
  Attributes,
  AttributeValue,
} from './estimate/types.js';

export {
  diffEstimates,
  manifestTag,
  percentChange,
  type EstimateDiff,
  type ManifestDiff,
  type UnreadableBase,
  type WorkloadDelta,
} from './budget/diff.js';
export {
  budgetChanges,
  AMOUNT_FORM,
  describeRules,
  evaluateBudget,
  parseBudgetAmount,
  reasonScope,
  type BudgetOptions,
  type BudgetResult,
  type BudgetReason,
  type GoverningBudget,
  type PrRules,
  type RuleScope,
  type Verdict,
  type WorkloadRef,
} from './budget/rules.js';
export { priceChange, type BaseManifests, type ChangeRequest, type PricedChange } from './budget/change.js';

export { estimateJson, diffJson, workloadJson, type EstimateJson, type DiffJson, type WorkloadJson } from './report/json.js';
export { renderEstimateTable, renderDiffTable, columns } from './report/table.js';
export {
  renderEstimateMarkdown,
  renderDiffMarkdown,
  diffHeadline,
  escapeMarkdown,
  rulesMarkdown,
  verdictMarkdown,
} from './report/markdown.js';
export { escapeControl, escapeLogLine } from './report/escape.js';
export { mermaidText, xyChartMermaid, type XyChart } from './report/mermaid.js';
export { addDays, calendarDays } from './days.js';

export {
  forecastBalance,
  daysOfBalance,
  runsOutOn,
  DEFAULT_THRESHOLDS,
  type BalanceForecast,
  type BalanceInput,
  type Status,
  type Thresholds,
} from './forecast/balance.js';
export { tierHeadroom, type TierHeadroom, type ModelHeadroom, type TierLimitsInput, type ModelLimits } from './forecast/tiers.js';
export type { UsageTier } from './catalog/schema.js';
export { leftToday, checkTierLimits, type ModelUse, type TierCheck } from './forecast/limits.js';
export { affordability, type Affordability, type PricedJob } from './forecast/affordability.js';
export { creditValue, inUsd, usageDaysInUsd, type ProviderMoney, type ProviderUsageDay, type UsageDayUsd } from './forecast/credits.js';
export {
  assessAccount,
  balanceInUsd,
  overallStatus,
  fewestDaysLeft,
  shownDays,
  type AccountFailure,
  type AccountFigures,
  type AccountReport,
  type CheckStatus,
} from './forecast/account.js';
export { balanceJson, renderBalanceTable, renderBalanceMarkdown, type BalanceCheck, type BalanceJson } from './report/balance.js';

export { quoteRequest } from './quote/quote.js';
export { quoteJson, quotedJobJson, renderQuoteTable, type QuoteJson } from './report/quote.js';
export { QUOTE_LIMITS, parseRequestBody, MAX_BODY_CHARS } from './quote/body.js';
export { FAL_IMAGE_SIZES } from './quote/fal.js';
export { RUNWAY_ENDPOINTS, type RunwayEndpoint } from './quote/runway-inputs.js';
export { FAL_INPUTS, FAL_INPUT_SOURCE, type FalInput } from './quote/fal-inputs.js';
export { QUOTE_PROVIDERS, type AssumedField, type Quote, type QuoteOptions, type QuoteProvider, type QuotedJob } from './quote/types.js';
export { reconcile, DEFAULT_MAX_VARIANCE, parseVariancePercent, type ReconcileOptions } from './reconcile/reconcile.js';
export { billedRows, type UsageInput } from './reconcile/rows.js';
export {
  reconcileJson,
  renderReconcileTable,
  renderReconcileMarkdown,
  RECONCILE_JSON_VERSION,
  type MarkdownLimit,
  type ProviderRead,
  type ReconcileJson,
} from './reconcile/report.js';
export {
  billedUsd,
  compareCost,
  compareJob,
  type CompareJobInput,
  type JobBill,
  type JobComparison,
  type JobHardware,
} from './reconcile/job.js';
export {
  reconcileJobsJson,
  renderJobsMarkdown,
  renderJobsTable,
  RECONCILE_JOBS_JSON_VERSION,
  type JobReadFailure,
  type JobReportEntry,
  type ReconcileJobsJson,
} from './reconcile/job-report.js';
export type {
  Billed,
  BilledRow,
  LineVerdict,
  QuantityCheck,
  ReconcileDay,
  ReconcileLine,
  ReconcileWindow,
  Reconciliation,
  UnitPriceCheck,
  UnplannedLine,
  WorkloadRef as ReconcileWorkloadRef,
} from './reconcile/types.js';
export type { CallSite, ScanLiteral } from './scan/types.js';
export {
  compareScan,
  quoteCall,
  undeclaredRule,
  DEFAULT_UNDECLARED,
  type CallQuote,
  type CallStatus,
  type CompareOptions,
  type Mismatch,
  type ScanComparison,
  type ScannedCall,
  type StaleWorkload,
  type UndeclaredRule,
} from './scan/compare.js';
export { scanJson, renderScanTable, renderUndeclaredMarkdown, SCAN_JSON_VERSION, type ScanJson, type ScanProblem } from './scan/report.js';
