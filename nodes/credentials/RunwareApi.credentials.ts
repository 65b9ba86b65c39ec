import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** Runware API key. Balance and usage come from the `accountManagement` task on `POST /v1`. */
export class RunwareApi implements ICredentialType {
  name = 'runwareApi';

  displayName = 'Runware API';

  icon: Icon = { light: 'file:../icons/runware.svg', dark: 'file:../icons/runware.dark.svg' };

  documentationUrl = 'https://runware.ai/docs';

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
      default: 'https://api.runware.ai',
      description: 'Change only for a gateway or proxy in front of the Runware API',
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

  // Runware wants a v4 UUID per task; any fixed one serves for a connection test
  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '/v1',
      method: 'POST',
      body: [{ taskType: 'accountManagement', taskUUID: '6f1c2a8e-3b4d-4e5f-9a6b-7c8d9e0f1a2b', operation: 'getDetails' }],
      json: true,
    },
  };
}
