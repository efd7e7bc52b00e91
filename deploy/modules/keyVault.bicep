// Key Vault for the Slack app's secrets. Access is by Azure RBAC only: the bot's managed identity
// reads secrets (Key Vault Secrets User) through App Service Key Vault references, so the secret
// values never appear in app settings, deployment outputs or logs.

@description('Name of the key vault (3 to 24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Purge protection: on in production (it cannot be turned off again), off for test deployments that are torn down and recreated.')
param enablePurgeProtection bool

@description('Name of the managed identity that reads the secrets (keeps the role assignment\'s name predictable).')
param readerIdentityName string

@description('Object id of that identity\'s service principal.')
param readerPrincipalId string

@description('Secrets to store, by Key Vault secret name. Empty values are skipped, so a deployment without Slack stores nothing.')
@secure()
param secrets object

@description('Tags put on the vault.')
param tags object

// Built-in role "Key Vault Secrets User": read secret contents.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Key Vault accepts true or no value at all, never false.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for item in items(secrets): if (!empty(item.value)) {
    parent: vault
    name: item.key
    properties: {
      value: item.value
      contentType: 'text/plain'
    }
  }
]

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerIdentityName, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the vault, for Key Vault references.')
output name string = vault.name

@description('The vault\'s URI, e.g. https://<vault>.vault.azure.net/.')
output uri string = vault.properties.vaultUri
