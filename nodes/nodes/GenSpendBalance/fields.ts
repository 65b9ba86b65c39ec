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
  jobId: 'Job ID',
  runwareResult: 'Runware Result',
  endpointId: 'Endpoint ID',
  gpu: 'GPU',
  gpuCount: 'GPU Count',
  quotedUsd: 'Quoted Cost (USD)',
  maxDifferencePercent: 'Max Difference (%)',
} as const;

export type NumberField =
  'lowBalanceUsd' | 'criticalBalanceUsd' | 'windowDays' | 'lowDays' | 'criticalDays' | 'lowPercentLeft' | 'reserveUsd';

export const quoted = (name: keyof typeof FIELD) => `"${FIELD[name]}"`;
