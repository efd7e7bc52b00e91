// The Azure Bot registration: its identity is the user-assigned managed identity
// (msaAppType UserAssignedMSI, no client secret anywhere), its messaging endpoint is the web app's
// /api/messages, and it has the Microsoft Teams and Direct Line channels.

@description('Name of the Azure Bot resource (its bot handle, globally unique).')
param name string

@description('Display name people see in Teams and web chat.')
param displayName string

@description('HTTPS messaging endpoint, e.g. https://<host>/api/messages.')
param endpoint string

@description('Pricing tier: F0 (free, standard channels limited) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Resource id of the user-assigned managed identity that is the bot\'s identity.')
param identityId string

@description('Client id of that identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Microsoft Entra tenant of the identity.')
param tenantId string

@description('Tags put on the bot.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name
