import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Runpod API key. The balance lives in the GraphQL API, spend history in the REST API, job
 * status on the Serverless host: three hosts, so three base URLs.
 */
export class RunpodApi implements ICredentialType {
  name = 'runpodApi';

  displayName = 'Runpod API';

  icon: Icon = { light: 'file:../icons/runpod.svg', dark: 'file:../icons/runpod.dark.svg' };

  documentationUrl = 'https://docs.runpod.io';

  properties: INodeProperties[] = [
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
    },
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'https://api.runpod.io',
      description: 'GraphQL API (balance). Change only for a gateway or proxy.',
    },
    {
      displayName: 'REST Base URL',
      name: 'restBaseUrl',
      type: 'string',
      default: 'https://rest.runpod.io',
      description: 'REST API (spend history). Change only for a gateway or proxy.',
    },
    {
      displayName: 'Serverless Base URL',
      name: 'serverlessBaseUrl',
      type: 'string',
      default: 'https://api.runpod.ai',
      description: "Serverless API (a job's status, for Compare Billed Cost). Change only for a gateway or proxy.",
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: {
        Authorization: '=Bearer {{$credentials.apiKey}}',
      },
    },
  };

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '/graphql',
      method: 'POST',
      body: { query: 'query { myself { clientBalance } }' },
      json: true,
    },
  };
}
