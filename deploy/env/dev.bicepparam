// A test deployment: smallest tiers, one instance, vault that can be purged and recreated.
// az deployment group create -g <rg> -f deploy/main.bicep -p deploy/env/dev.bicepparam
using '../main.bicep'

param environmentName = 'dev'
param appServiceSku = 'B1'
param instanceCount = 1
param botSku = 'F0'
param storageSku = 'Standard_LRS'
param logRetentionDays = 30
param keyVaultPurgeProtection = false

// Secrets come from the shell that deploys, never from this file; empty means no Slack.
param slackSigningSecret = readEnvironmentVariable('SLACK_SIGNING_SECRET', '')
param slackBotToken = readEnvironmentVariable('SLACK_BOT_TOKEN', '')
