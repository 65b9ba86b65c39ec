import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Runway developer API key. Balance, tier limits and usage all come from `/v1/organization`. */
export class RunwayApi implements ICredentialType {
  name = 'runwayApi';

  displayName = 'Runway API';

  icon: Icon = { light: 'file:../icons/runway.svg', dark: 'file:../icons/runway.dark.svg' };

  documentationUrl = 'https://docs.dev.runwayml.com';

  properties: INodeProperties[] = [
    {
      displayName: 'API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
      description: 'A Runway developer API secret (the key the Runway SDK reads from RUNWAYML_API_SECRET)',
    },
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'https://api.dev.runwayml.com',
      description: 'Change only for a gateway or proxy in front of the Runway API',
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
      url: '/v1/organization',
      method: 'GET',
      headers: { 'X-Runway-Version': '2024-11-06' },
    },
  };
}
