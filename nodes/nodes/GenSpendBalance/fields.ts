/** The GenSpend Balance node's fields as the editor shows them: the node's description and its errors both use these. */
export const FIELD = {
  provider: 'Provider',
  operation: 'Operation',
  lowBalanceUsd: 'Low Below (USD)',
  criticalBalanceUsd: 'Critical Below (USD)',
  windowDays: 'Window (Days)',
  lowDays: 'Low Under (Days Left)',
  criticalDays: 'Critical Under (Days Left)',
  lowPercentLeft: 'Low Under (% Left)',
  estimateField: 'Estimate Field',
  reserveUsd: 'Keep at Least (USD)',
  simplify: 'Simplify Output',
} as const;

export type NumberField = Exclude<keyof typeof FIELD, 'provider' | 'operation' | 'estimateField' | 'simplify'>;

export const quoted = (name: keyof typeof FIELD) => `"${FIELD[name]}"`;
