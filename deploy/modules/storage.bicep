// The Table Storage account: HTTPS only, TLS 1.2+, no public blob access, and no shared keys at
// all (allowSharedKeyAccess: false), so the only way in is Microsoft Entra ID: the bot's managed
// identity with the Storage Table Data Contributor role on this account.

@description('Name of the storage account (3 to 24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the account.')
param location string

@description('Replication: Standard_LRS for a test deployment, Standard_ZRS or Standard_GZRS in production.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Tables the bot uses (the app also creates them at start; here they exist before the first request).')
param tableNames string[]

@description('Name of the managed identity that gets the Storage Table Data Contributor role (keeps the role assignment\'s name predictable).')
param dataIdentityName string

@description('Object id of that identity\'s service principal.')
param dataPrincipalId string

@description('Tags put on the account.')
param tags object

// Built-in role "Storage Table Data Contributor": read, write and delete tables and entities.
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataIdentityName, tableDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: dataPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the storage account.')
output name string = account.name

@description('Table service endpoint, e.g. https://<account>.table.core.windows.net/ (Storage:TableStorage:ServiceUri).')
output tableEndpoint string = account.properties.primaryEndpoints.table
