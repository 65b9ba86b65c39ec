import type { IExecuteFunctions, INodeCredentialDescription, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { describe, JobInputError, nodeErrorFor } from '../shared/errors';
import { PRICES_FIELD } from '../shared/prices';
import { CREDENTIAL_TYPES, isProviderId, PROVIDER_IDS, PROVIDER_OPTIONS, labelOf, providerSubtitle } from '../shared/providers';
import { ProviderReads } from '../shared/reads';
import { FIELD, quoted } from './fields';
import { compareBilledCost } from './compare';
import { checkAffordability, report, shown } from './operations';

/**
 * Each provider's credential, shown while that provider is chosen. Written as "hide under the
 * other providers" rather than "show under this one": n8n's editor takes a parameter that every
 * credential's `displayOptions.show` names as the node's credential-type selector, hides it, and
 * sets it from whichever credential is picked (so a new node followed the last credential
 * created). With `hide`, Provider stays a visible field that only the user changes.
 */
function credentialsByProvider(): INodeCredentialDescription[] {
  return PROVIDER_IDS.map((provider) => ({
    name: CREDENTIAL_TYPES[provider],
    required: true,
    displayOptions: {
      hide: {
        provider: PROVIDER_IDS.filter((p) => p !== provider),
        // a Runware result carries its own cost: comparing it calls nothing
        ...(provider === 'runware' ? { operation: ['compareBilledCost'] } : {}),
      },
    },
  })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Check Affordability and Compare Billed Cost have two outputs; n8n evaluates this source as an expression, so it uses only its argument. */
const configuredOutputs = (parameters: { operation?: string }) =>
  parameters.operation === 'checkAffordability'
    ? [
        { type: 'main', displayName: 'Affordable' },
        { type: 'main', displayName: 'Unaffordable' },
      ]
    : parameters.operation === 'compareBilledCost'
      ? [
          { type: 'main', displayName: 'Within Threshold' },
          { type: 'main', displayName: 'Off by More' },
        ]
      : [{ type: 'main' }];

const OPERATIONS = {
  checkAffordability: {
    name: 'Check Affordability',
    value: 'checkAffordability',
    action: 'Check whether jobs are affordable',
    description: 'Route priced items by whether the balance (and Runway daily limits) covers them',
  },
  compareBilledCost: {
    name: 'Compare Billed Cost',
    value: 'compareBilledCost',
    action: 'Compare billed cost with the quote',
    description: "Read each finished job's bill from the provider and route items by how far it is from the quote",
  },
  getBalance: { name: 'Get Balance', value: 'getBalance', action: 'Get the balance', description: 'Read the balance, with a status' },
  getBurnRate: {
    name: 'Get Burn Rate',
    value: 'getBurnRate',
    action: 'Get the burn rate',
    description: 'Read recent usage: spend per day, days left, the day the balance runs out',
  },
  getTierLimits: {
    name: 'Get Tier Limits',
    value: 'getTierLimits',
    action: 'Get the tier limits',
    description: 'Read the usage tier: per model concurrency and daily generations used and left, the monthly cap',
  },
};

export class GenSpendBalance implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'GenSpend Balance',
    name: 'genSpendBalance',
    icon: { light: 'file:../../icons/balance.svg', dark: 'file:../../icons/balance.dark.svg' },
    group: ['transform'],
    // version 2: figures as numbers with exact text, a simplified burn rate. A node with a list of
    // versions also gets no "Custom API Call" operation: n8n adds one only to a node whose default
    // version is its single version, and it could do nothing here (the credentials read balances).
    version: [1, 2],
    defaultVersion: 2,
    subtitle: `={{${providerSubtitle} + ": " + ${labelOf('operation', Object.values(OPERATIONS))}}}`,
    description: 'Check balances, burn rate and usage-tier limits of Runway, Runware, fal.ai and Runpod, and whether jobs are affordable',
    defaults: { name: 'GenSpend Balance' },
    inputs: [NodeConnectionTypes.Main],
    outputs: `={{(${configuredOutputs})($parameter)}}`,
    usableAsTool: true,
    credentials: credentialsByProvider(),
    properties: [
      {
        displayName: FIELD.provider,
        name: 'provider',
        type: 'options',
        noDataExpression: true,
        options: PROVIDER_OPTIONS,
        default: 'runway',
      },
      {
        displayName: FIELD.operation,
        name: 'operation',
        type: 'options',
        noDataExpression: true,
        displayOptions: { show: { provider: ['runway'] } },
        options: [
          OPERATIONS.checkAffordability,
          OPERATIONS.compareBilledCost,
          OPERATIONS.getBalance,
          OPERATIONS.getBurnRate,
          OPERATIONS.getTierLimits,
        ],
        default: 'getBalance',
      },
      {
        displayName: FIELD.operation,
        name: 'operation',
        type: 'options',
        noDataExpression: true,
        displayOptions: { show: { provider: ['fal', 'runpod', 'runware'] } },
        options: [OPERATIONS.checkAffordability, OPERATIONS.compareBilledCost, OPERATIONS.getBalance, OPERATIONS.getBurnRate],
        default: 'getBalance',
      },
      {
        displayName: FIELD.lowBalanceUsd,
        name: 'lowBalanceUsd',
        type: 'number',
        typeOptions: { minValue: 0, numberPrecision: 2 },
        default: 10,
        description: 'Status is low when the balance is under this (0 turns it off)',
        displayOptions: { show: { operation: ['getBalance'] } },
      },
      {
        displayName: FIELD.criticalBalanceUsd,
        name: 'criticalBalanceUsd',
        type: 'number',
        typeOptions: { minValue: 0, numberPrecision: 2 },
        default: 2,
        description: 'Status is critical when the balance is under this (0 turns it off); a zero balance is always critical',
        displayOptions: { show: { operation: ['getBalance'] } },
      },
      {
        displayName: FIELD.windowDays,
        name: 'windowDays',
        type: 'number',
        typeOptions: { minValue: 1, maxValue: 90 },
        default: 30,
        description: 'Full UTC days before today whose net spend makes the burn rate; days without usage count as $0',
        displayOptions: { show: { operation: ['getBurnRate'] } },
      },
      {
        displayName: FIELD.lowDays,
        name: 'lowDays',
        type: 'number',
        typeOptions: { minValue: 0 },
        default: 14,
        description: 'Status is low when the balance lasts fewer days than this at the burn rate',
        displayOptions: { show: { operation: ['getBurnRate'] } },
      },
      {
        displayName: FIELD.criticalDays,
        name: 'criticalDays',
        type: 'number',
        typeOptions: { minValue: 0 },
        default: 3,
        description: 'Status is critical when the balance lasts fewer days than this at the burn rate',
        displayOptions: { show: { operation: ['getBurnRate'] } },
      },
      {
        displayName: FIELD.lowPercentLeft,
        name: 'lowPercentLeft',
        type: 'number',
        typeOptions: { minValue: 0, maxValue: 100 },
        default: 20,
        description: 'Status is low when a model has less than this share of its daily generations left; critical when none are left',
        displayOptions: { show: { operation: ['getTierLimits'] } },
      },
      {
        displayName: FIELD.estimateField,
        name: 'estimateField',
        type: 'string',
        default: 'genspend',
        description: 'Where each item holds its estimate (the GenSpend node writes `genspend`: costUsd or costUsdExact, model, runs)',
        displayOptions: { show: { operation: ['checkAffordability'] } },
      },
      {
        displayName: FIELD.reserveUsd,
        name: 'reserveUsd',
        type: 'number',
        typeOptions: { minValue: 0, numberPrecision: 2 },
        default: 0,
        description: 'Part of the balance no job may spend',
        displayOptions: { show: { operation: ['checkAffordability'] } },
      },
      {
        displayName: FIELD.jobId,
        name: 'jobId',
        type: 'string',
        default: '={{ $json.id }}',
        required: true,
        description: 'The ID the provider answered the job with: a Runway task ID, a Runpod job ID',
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['runway', 'runpod'] } },
      },
      {
        displayName: FIELD.jobId,
        name: 'jobId',
        type: 'string',
        default: '={{ $json.request_id }}',
        required: true,
        description: "The request ID fal answered the job with; its bill is read from fal's billing events (an admin key)",
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['fal'] } },
      },
      {
        displayName: FIELD.runwareResult,
        name: 'runwareResult',
        type: 'json',
        default: '={{ $json.data ? $json.data[0] : $json }}',
        description:
          'The task\'s result as Runware answered it; send the task with "includeCost": true so it carries its cost. No call is made.',
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['runware'] } },
      },
      {
        displayName: FIELD.endpointId,
        name: 'endpointId',
        type: 'string',
        default: '',
        required: true,
        description: 'The Serverless endpoint the job ran on',
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['runpod'] } },
      },
      {
        displayName: FIELD.gpu,
        name: 'gpu',
        type: 'string',
        default: '',
        required: true,
        placeholder: 'ADA_24',
        description: "The endpoint's GPU, a pool ID or GPU name: the job's execution time is priced at its rate from the catalog",
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['runpod'] } },
      },
      {
        displayName: FIELD.gpuCount,
        name: 'gpuCount',
        type: 'number',
        typeOptions: { minValue: 1 },
        default: 1,
        description: 'GPUs per worker',
        displayOptions: { show: { operation: ['compareBilledCost'], provider: ['runpod'] } },
      },
      {
        displayName: FIELD.quotedUsd,
        name: 'quotedUsd',
        type: 'string',
        default: '={{ $json.genspend.costUsdExact }}',
        description: "The job's quote in USD: the GenSpend node writes it as genspend.costUsdExact",
        displayOptions: { show: { operation: ['compareBilledCost'] } },
      },
      {
        displayName: FIELD.maxDifferencePercent,
        name: 'maxDifferencePercent',
        type: 'number',
        typeOptions: { minValue: 0 },
        default: 25,
        description: 'Items whose bill is further than this percent from the quote go to the Off by More output',
        displayOptions: { show: { operation: ['compareBilledCost'] } },
      },
      {
        displayName: PRICES_FIELD,
        name: 'prices',
        type: 'string',
        typeOptions: { rows: 8 },
        default: '',
        description:
          "The content of your genspend.prices.yml, as on the GenSpend node: a bill worked out from a Runpod job's time is priced at its GPU rates before the built-in catalog's",
        displayOptions: { show: { operation: ['compareBilledCost'] } },
      },
      {
        displayName: FIELD.simplify,
        name: 'simplify',
        type: 'boolean',
        default: true,
        description: 'Whether to leave out the day-by-day spend; the burn rate, days left and status are always there',
        displayOptions: { show: { operation: ['getBurnRate'], '@version': [2] } },
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const node = this.getNode();
    const provider = this.getNodeParameter('provider', 0) as unknown;
    const operation = this.getNodeParameter('operation', 0) as unknown;
    if (!isProviderId(provider)) {
      throw nodeErrorFor(
        node,
        new JobInputError(
          `Item 0: ${quoted('provider')}: unknown provider ${describe(provider)}`,
          `choose one of ${PROVIDER_OPTIONS.map((o) => o.name).join(', ')} in ${quoted('provider')}`,
        ),
        0,
      );
    }
    if (typeof operation !== 'string' || !Object.prototype.hasOwnProperty.call(OPERATIONS, operation)) {
      throw nodeErrorFor(
        node,
        new JobInputError(
          `Item 0: ${quoted('operation')}: unknown operation ${describe(operation)}`,
          `choose one of ${Object.values(OPERATIONS)
            .map((o) => o.name)
            .join(', ')} in ${quoted('operation')}`,
        ),
        0,
      );
    }
    if (operation === 'getTierLimits' && provider !== 'runway') {
      throw nodeErrorFor(
        node,
        new JobInputError(
          `Item 0: ${quoted('operation')}: Get Tier Limits reads Runway's usage tiers; ${provider} publishes no per-model tier limits`,
          `choose Runway API in ${quoted('provider')}, or another ${quoted('operation')}`,
        ),
        0,
      );
    }
    const reads = new ProviderReads(this, provider);
    if (operation === 'checkAffordability') return checkAffordability(this, reads, node.typeVersion);
    if (operation === 'compareBilledCost') return compareBilledCost(this, provider);

    const items = this.getInputData();
    const out: INodeExecutionData[] = [];
    for (let i = 0; i < items.length; i++) {
      try {
        out.push({ json: shown(await report(this, reads, operation, i), node.typeVersion, this, operation, i), pairedItem: { item: i } });
      } catch (e) {
        const error = nodeErrorFor(node, e, i);
        if (!this.continueOnFail()) throw error;
        out.push({ json: { error: error.message }, pairedItem: { item: i } });
      }
    }
    return [out];
  }
}
