// The bot's host: App Service on Linux running .NET 10 (deploy/README.md says why not Container
// Apps). HTTPS only, TLS 1.2+, FTP and basic-auth publishing off; the app runs as the bot's
// user-assigned managed identity and reads its Slack secrets through Key Vault references.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; its default host name is <name>.azurewebsites.net.')
param siteName string

@description('Azure region of the plan and the web app.')
param location string

@description('App Service plan SKU: B1 is enough for a test deployment; P0v3 or larger in production (zone redundancy and slots need Premium).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
  'P2v3'
])
param skuName string

@description('Instances of the web app. The bot keeps no state in memory between turns, so any number can serve it.')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s Microsoft App ID, and the identity DefaultAzureCredential picks.')
param identityClientId string

@description('Microsoft Entra tenant of the identity.')
param tenantId string

@description('Table service endpoint of the storage account (Storage:TableStorage:ServiceUri).')
param tableEndpoint string

@description('Name of the key vault that holds the Slack secrets.')
param keyVaultName string

@description('Key Vault secret names that feed app settings, by app setting name (e.g. Slack__SigningSecret). Empty when Slack is not configured.')
param keyVaultSettings object

@description('Name of the Application Insights component the app sends telemetry to.')
param appInsightsName string

@description('Resource id of the Log Analytics workspace for the app\'s platform logs.')
param logAnalyticsId string

@description('Optional OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT) for a collector of your own; empty for none.')
param otlpEndpoint string

@description('Tags put on both resources; azd finds the web app by its azd-service-name tag.')
param tags object

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var baseSettings = {
  // appsettings.json binds to http://localhost:3978 for local runs; App Service sends traffic to 8080.
  Urls: 'http://+:8080'
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identityClientId
  MicrosoftAppTenantId: tenantId
  AZURE_CLIENT_ID: identityClientId
  Storage__Provider: 'TableStorage'
  Storage__TableStorage__ServiceUri: tableEndpoint
  FeedbackBot__PublicBaseUrl: 'https://${siteName}.azurewebsites.net'
  // Web chat in Azure goes through the Azure Bot's Direct Line channel, not the embedded one.
  DirectLine__Enabled: 'false'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  // App Service's built-in Application Insights agent for .NET LTS on Linux: requests,
  // dependencies and exceptions without code changes; the bot's own meters go over OTLP.
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

var otlpSettings = empty(otlpEndpoint) ? {} : { OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint }

var secretSettings = toObject(
  items(keyVaultSettings),
  item => item.key,
  item => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${item.value})'
)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(baseSettings, otlpSettings, secretSettings)
}

// Deployments authenticate with Microsoft Entra ID (azd, az webapp deploy), never with basic auth.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Name of the web app.')
output name string = site.name

@description('Default host name of the web app, e.g. <name>.azurewebsites.net.')
output hostName string = site.properties.defaultHostName
