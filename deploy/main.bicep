// FeedbackBot in one resource group: the web app, its Table Storage, the Azure Bot with the Teams
// and Direct Line channels, one user-assigned managed identity (the bot's identity and its data
// access), Key Vault for the Slack secrets, and Application Insights on Log Analytics.
// This file only wires the modules together; each module owns its resources.
targetScope = 'resourceGroup'

@description('Short name of the environment, e.g. dev or prod: part of every resource name.')
@minLength(2)
@maxLength(16)
param environmentName string

@description('Azure region for the resources (the Azure Bot itself is always global).')
param location string = resourceGroup().location

@description('App Service plan SKU (see modules/appService.bicep).')
param appServiceSku string = 'B1'

@description('Number of web app instances; more than one needs Table Storage, which this deployment uses.')
param instanceCount int = 1

@description('Azure Bot pricing tier: F0 or S1.')
param botSku string = 'F0'

@description('Storage replication, e.g. Standard_LRS (test) or Standard_ZRS (production).')
param storageSku string = 'Standard_LRS'

@description('Days Log Analytics and Application Insights keep data.')
param logRetentionDays int = 30

@description('Key Vault purge protection (recommended in production; cannot be turned off again).')
param keyVaultPurgeProtection bool = false

@description('Display name of the bot in Teams and web chat.')
param botDisplayName string = 'FeedbackBot'

@description('Slack app signing secret (Basic Information > App Credentials). Leave empty to deploy without Slack.')
@secure()
param slackSigningSecret string = ''

@description('Slack Bot User OAuth Token, xoxb-... (OAuth & Permissions). Leave empty to deploy without Slack.')
@secure()
param slackBotToken string = ''

@description('Optional OTLP endpoint of your own collector (OTEL_EXPORTER_OTLP_ENDPOINT); empty for none.')
param otlpEndpoint string = ''

@description('Tags for every resource.')
param tags object = {}

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
var allTags = union(tags, { 'azd-env-name': environmentName, application: 'feedbackbot' })
var slackConfigured = !empty(slackSigningSecret) && !empty(slackBotToken)
var names = {
  identity: 'id-feedbackbot-${environmentName}'
  logAnalytics: 'log-feedbackbot-${environmentName}-${token}'
  appInsights: 'appi-feedbackbot-${environmentName}-${token}'
  storage: 'stfb${take(token, 20)}'
  keyVault: 'kv-fb-${take(token, 13)}'
  plan: 'asp-fb-${environmentName}-${token}'
  site: 'app-feedbackbot-${environmentName}-${token}'
  bot: 'bot-feedbackbot-${environmentName}-${token}'
}

// The tables the app's Table Storage stores use (FeedbackBot.Storage.TableStorage); a test
// compares this list with the code.
var tableNames = [
  'ConversationReferences'
  'CustomerPreferences'
  'Decisions'
  'DialogState'
  'DirectLine'
  'FeedbackRequestIndex'
  'FeedbackRequests'
  'Leases'
  'MissComments'
  'Settings'
  'SlackWork'
  'SurveyAnswers'
  'Votes'
  'WeeklyAggregates'
]

// Key Vault secret name for each app setting that holds a secret.
var slackSecretNames = {
  Slack__SigningSecret: 'slack-signing-secret'
  Slack__BotToken: 'slack-bot-token'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    retentionInDays: logRetentionDays
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    skuName: storageSku
    tableNames: tableNames
    dataIdentityName: names.identity
    dataPrincipalId: identity.outputs.principalId
    tags: allTags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: names.keyVault
    location: location
    enablePurgeProtection: keyVaultPurgeProtection
    readerIdentityName: names.identity
    readerPrincipalId: identity.outputs.principalId
    secrets: {
      '${slackSecretNames.Slack__SigningSecret}': slackConfigured ? slackSigningSecret : ''
      '${slackSecretNames.Slack__BotToken}': slackConfigured ? slackBotToken : ''
    }
    tags: allTags
  }
}

// The vault's name, not an output, goes to the app (What-If needs names known at the start), so
// the order is explicit: the secrets and their role assignment exist before the app resolves its
// Key Vault references. Monitoring comes first through logAnalyticsId.
module appService 'modules/appService.bicep' = {
  name: 'appService'
  dependsOn: [
    keyVault
  ]
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    skuName: appServiceSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    tableEndpoint: storage.outputs.tableEndpoint
    keyVaultName: names.keyVault
    keyVaultSettings: slackConfigured ? slackSecretNames : {}
    appInsightsName: names.appInsights
    logAnalyticsId: monitoring.outputs.logAnalyticsId
    otlpEndpoint: otlpEndpoint
    tags: allTags
  }
}

module botService 'modules/botService.bicep' = {
  name: 'botService'
  params: {
    name: names.bot
    displayName: botDisplayName
    endpoint: 'https://${appService.outputs.hostName}/api/messages'
    skuName: botSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    tags: allTags
  }
}

// Outputs are named like the manifest placeholders they fill (manifest/README.md); azd writes them
// into the environment, so `azd env get-values` hands them to manifest/teams/package.sh.
@description('The bot\'s public HTTPS root: \${{PUBLIC_BASE_URL}} in both manifests.')
output PUBLIC_BASE_URL string = 'https://${appService.outputs.hostName}'

@description('The bot\'s Microsoft App ID (the managed identity\'s client id): \${{BOT_ID}} in the Teams manifest.')
output BOT_ID string = identity.outputs.clientId

@description('Name of the Azure Bot resource (Azure portal > Channels).')
output BOT_NAME string = botService.outputs.name

@description('Name of the web app.')
output WEB_APP_NAME string = appService.outputs.name

@description('Name of the key vault holding the Slack secrets.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('Name of the storage account holding the tables.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
