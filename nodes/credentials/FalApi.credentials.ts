import type { IAuthenticateGeneric, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** fal.ai API key. The balance and usage endpoints accept only ADMIN keys. */
export class FalApi implements ICredentialType {
  name = 'falApi';

  displayName = 'Fal API';

  icon: Icon = { light: 'file:../icons/fal.svg', dark: 'file:../icons/fal.dark.svg' };

  documentationUrl = 'https://docs.fal.ai';

  properties: INodeProperties[] = [
    {
      displayName: 'Admin API Key',
      name: 'apiKey',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
      description: 'A fal key with the Admin scope: fal answers balance and usage only to admin keys',
    },
    {
      displayName: 'Base URL',
      name: 'baseUrl',
      type: 'string',
      default: 'https://api.fal.ai',
      description: 'Change only for a gateway or proxy in front of the fal Platform API',
    },
  ];

  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      headers: {
        Authorization: '=Key {{$credentials.apiKey}}',
      },
    },
  };

  test: ICredentialTestRequest = {
    request: {
      baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
      url: '/v1/account/billing?expand=credits',
      method: 'GET',
    },
  };
}
