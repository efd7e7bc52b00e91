// The bot's one identity: Azure Bot Service knows the bot by this identity's client id
// (MicrosoftAppType=UserAssignedMSI), and the web app reaches Table Storage and Key Vault with it,
// so no password, storage key or connection string is ever stored.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags put on the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity, for the web app and the Azure Bot.')
output id string = identity.id

@description('Client (application) id: the bot\'s Microsoft App ID.')
output clientId string = identity.properties.clientId

@description('Object id of the identity\'s service principal, for role assignments.')
output principalId string = identity.properties.principalId

@description('Microsoft Entra tenant the identity lives in.')
output tenantId string = identity.properties.tenantId
