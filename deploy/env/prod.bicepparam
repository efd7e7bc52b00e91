// Production: Premium v3 with two instances (the bot is stateless between turns), zone-redundant
// storage, S1 bot tier, 90 days of logs, purge-protected vault.
// az deployment group create -g <rg> -f deploy/main.bicep -p deploy/env/prod.bicepparam
using '../main.bicep'

param environmentName = 'prod'
param appServiceSku = 'P0v3'
param instanceCount = 2
param botSku = 'S1'
param storageSku = 'Standard_ZRS'
param logRetentionDays = 90
param keyVaultPurgeProtection = true

// Secrets come from the shell that deploys, never from this file; empty means no Slack.
param slackSigningSecret = readEnvironmentVariable('SLACK_SIGNING_SECRET', '')
param slackBotToken = readEnvironmentVariable('SLACK_BOT_TOKEN', '')
