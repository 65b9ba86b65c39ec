import { estimateNotices, type WorkloadEstimate } from '@genspend/core';
import type {
  IDataObject,
  IExecuteFunctions,
  ILoadOptionsFunctions,
  INodeExecutionData,
  INodeType,
  INodeTypeDescription,
  ResourceMapperFields,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { attributeOptions, estimateJob, FIELD, maxCost, outputTotal, periodOf, simplifyOutput } from '../shared/estimate';
import { nodeErrorFor } from '../shared/errors';
import { collect, showNotices } from '../shared/hints';
import { attributeFields, mappedAttributes, modelProperties } from '../shared/models';
import { jobOutput, totalOutput } from '../shared/output';
import { catalogFor, PRICES_FIELD, type PriceFileCache } from '../shared/prices';
import { PROVIDER_OPTIONS, providerSubtitle } from '../shared/providers';
import { jobFromOf, quoteItem, REQUEST_FIELD, requestDetail, requestProperties } from '../shared/quote';

/**
 * One output, or two (Within Budget, Over Budget) when "Max Cost per Item" is set. n8n
 * evaluates this function's source as an expression, so it may use nothing but its argument.
 */
const configuredOutputs = (parameters: { options?: { maxCostPerItem?: unknown } }) =>
  parameters.options?.maxCostPerItem === undefined
    ? [{ type: 'main' }]
    : [
        { type: 'main', displayName: 'Within Budget' },
        { type: 'main', displayName: 'Over Budget' },
      ];

/** What the Options collection holds; expressions may put anything in it, so every value is checked. */
interface Options {
  maxCostPerItem?: unknown;
  prices?: unknown;
  total?: unknown;
  period?: unknown;
}

export class GenSpend implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'GenSpend',
    name: 'genSpend',
    icon: { light: 'file:../../icons/genspend.svg', dark: 'file:../../icons/genspend.dark.svg' },
    group: ['transform'],
    // version 2: the model's own attribute fields, costs as numbers with exact text, a simplified output
    version: [1, 2],
    defaultVersion: 2,
    subtitle: `={{${providerSubtitle} + ($parameter["model"] ? ": " + $parameter["model"] : "")}}`,
    description:
      'Estimate what a generative-media job (Runware, fal.ai, Runpod Serverless, Runway) will cost before it runs, and route jobs over budget',
    defaults: { name: 'GenSpend' },
    inputs: [NodeConnectionTypes.Main],
    outputs: `={{(${configuredOutputs})($parameter)}}`,
    usableAsTool: true,
    properties: [
      {
        displayName: FIELD.provider,
        name: 'provider',
        type: 'options',
        options: PROVIDER_OPTIONS,
        default: 'runware',
        description: 'Who runs the job',
      },
      {
        displayName: REQUEST_FIELD.jobFrom,
        name: 'jobFrom',
        type: 'options',
        options: [
          { name: 'Attributes', value: 'attributes', description: "The model and what it is priced by, in genspend's attributes" },
          {
            name: 'Provider Request',
            value: 'request',
            description:
              'The request body about to be sent to the provider (a fal input, a Runway create body, a Runware task array, a Runpod job)',
          },
        ],
        default: 'attributes',
        description: 'What the job is read from',
        displayOptions: { show: { '@version': [2] } },
      },
      ...modelProperties(),
      ...requestProperties(),
      {
        displayName: FIELD.attributes,
        name: 'attributes',
        type: 'collection',
        placeholder: 'Add Attribute',
        default: {},
        description: 'What the model is priced by. A missing one that the model needs is an error naming it.',
        options: attributeOptions(),
        displayOptions: { show: { '@version': [1] } },
      },
      {
        displayName: FIELD.attributes,
        name: 'jobAttributes',
        type: 'resourceMapper',
        noDataExpression: true,
        default: { mappingMode: 'defineBelow', value: null },
        description: 'What the model is priced by: its own fields, with the values it takes',
        typeOptions: {
          loadOptionsDependsOn: ['provider', 'model'],
          resourceMapper: {
            resourceMapperMethod: 'getJobAttributes',
            mode: 'add',
            // n8n's default heading, "Values to Send", reads as if the node sent something
            valuesLabel: 'Job Attributes',
            fieldWords: { singular: 'attribute', plural: 'attributes' },
            addAllFields: true,
            supportAutoMap: true,
            noFieldsError: 'Choose a model first: its attributes load here',
          },
        },
        displayOptions: { show: { '@version': [2], jobFrom: ['attributes'] } },
      },
      {
        displayName: FIELD.simplify,
        name: 'simplify',
        type: 'boolean',
        default: true,
        description:
          'Whether to give only the cost, credits, basis and warnings; off adds the line items and assumptions (and, for a provider request, the fields read, assumed and ignored)',
        displayOptions: { show: { '@version': [2] } },
      },
      {
        displayName: FIELD.options,
        name: 'options',
        type: 'collection',
        placeholder: 'Add Option',
        default: {},
        options: [
          {
            displayName: FIELD.maxCostPerItem,
            name: 'maxCostPerItem',
            type: 'number',
            default: 0.1,
            typeOptions: { minValue: 0 },
            description: 'Split the output in two: items that cost at most this go to Within Budget, the others to Over Budget',
          },
          {
            displayName: FIELD.total,
            name: 'total',
            type: 'boolean',
            default: false,
            description: 'Whether to output one item with the sum over the items (and per provider) instead of the items',
          },
          {
            displayName: FIELD.period,
            name: 'period',
            type: 'options',
            default: 'month',
            options: [
              { name: 'Day', value: 'day' },
              { name: 'Month (730 Hours)', value: 'month' },
              { name: 'Week', value: 'week' },
            ],
            description: 'The period that always-on Runpod workers and network volumes are billed for',
            // only Runpod bills by the period (always-on workers, volumes); elsewhere it changes nothing
            // a provider request is one job, priced as the CLI's quote prices it
            displayOptions: { show: { '/provider': ['runpod'] }, hide: { '/jobFrom': ['request'] } },
          },
          {
            displayName: PRICES_FIELD,
            name: 'prices',
            type: 'string',
            typeOptions: { rows: 8 },
            default: '',
            description:
              'The content of your genspend.prices.yml: negotiated rates, a provider-wide discount or rates locked with genspend prices lock. They price before the built-in catalog.',
          },
        ],
      },
    ],
  };

  methods = {
    resourceMapping: {
      async getJobAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
        return attributeFields(this.getCurrentNodeParameter('provider'), this.getCurrentNodeParameter('model'));
      },
    },
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const node = this.getNode();
    const version = node.typeVersion;
    const today = new Date().toISOString().slice(0, 10);
    const priceFiles: PriceFileCache = new Map();
    const notices = new Map<string, number[]>();
    const nodeOptions = this.getNodeParameter('options', 0, {}) as Options;
    const routed = nodeOptions.maxCostPerItem !== undefined;
    let total: boolean;
    let simplify: boolean;
    let fromRequest: boolean;
    try {
      total = outputTotal(nodeOptions.total);
      simplify = version >= 2 && simplifyOutput(this.getNodeParameter('simplify', 0, true));
      fromRequest = version >= 2 && jobFromOf(this.getNodeParameter('jobFrom', 0, 'attributes')) === 'request';
    } catch (e) {
      throw nodeErrorFor(node, e, 0);
    }
    const outputs: INodeExecutionData[][] = routed ? [[], []] : [[]];
    const priced: WorkloadEstimate[][] = outputs.map(() => []);
    // errors (Continue On Fail) go to the last output, Over Budget when routed: a job that could not be priced is never within budget
    const last = outputs.length - 1;
    const failed = new Set<INodeExecutionData>();

    for (let i = 0; i < items.length; i++) {
      try {
        const options = i === 0 ? nodeOptions : (this.getNodeParameter('options', i, {}) as Options);
        const provider = this.getNodeParameter('provider', i);
        const catalog = catalogFor(i, options.prices, priceFiles);
        let estimate: WorkloadEstimate;
        let notes: string[];
        let detail: IDataObject | undefined;
        if (fromRequest) {
          const runpod = provider === 'runpod';
          const quoted = quoteItem(
            i,
            {
              provider,
              target:
                provider === 'runway'
                  ? this.getNodeParameter('endpoint', i)
                  : provider === 'runware'
                    ? undefined
                    : this.getNodeParameter('model', i),
              body: this.getNodeParameter('requestBody', i),
              ...(runpod
                ? { seconds: this.getNodeParameter('expectedSeconds', i), worker: this.getNodeParameter('workerType', i, 'flex') }
                : {}),
              given: this.getNodeParameter('given', i, {}),
              catalog,
            },
            today,
          );
          ({ estimate, notices: notes } = quoted);
          if (!simplify) detail = requestDetail(quoted.quote);
        } else {
          const model = this.getNodeParameter('model', i);
          estimate = estimateJob(i, {
            provider,
            model,
            attributes:
              version >= 2
                ? mappedAttributes(this.getNodeParameter('jobAttributes', i, {}), items[i]!.json, provider, model)
                : this.getNodeParameter('attributes', i, {}),
            period: periodOf(i, options.period),
            catalog,
          });
          notes = estimateNotices(estimate, today);
        }
        collect(notices, notes, i);
        const output = routed && estimate.cost!.greaterThan(maxCost(i, options.maxCostPerItem)) ? 1 : 0;
        const item = items[i]!;
        const cost = jobOutput(estimate, { version, simplify, notices: notes });
        outputs[output]!.push({
          json: { ...item.json, genspend: detail ? { ...cost, ...detail } : cost },
          ...(item.binary ? { binary: item.binary } : {}),
          pairedItem: { item: i },
        });
        priced[output]!.push(estimate);
      } catch (e) {
        const error = nodeErrorFor(node, e, i);
        if (!this.continueOnFail()) throw error;
        // in place, so each output keeps the input order
        const item: INodeExecutionData = { json: { ...items[i]!.json, error: error.message }, pairedItem: { item: i } };
        failed.add(item);
        outputs[last]!.push(item);
      }
    }

    if (total) {
      outputs.forEach((output, o) => {
        const summed = output.filter((item) => !failed.has(item));
        if (!summed.length) return;
        const pairedItem = summed.map((item) => item.pairedItem as { item: number });
        // error items stay beside the total, in input order, before it
        outputs[o] = [...output.filter((item) => failed.has(item)), { json: { genspend: totalOutput(priced[o]!, version) }, pairedItem }];
      });
    }
    showNotices(this, notices);
    return outputs;
  }
}
