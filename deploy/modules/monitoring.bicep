// Log Analytics holds everything; Application Insights is workspace-based on it and receives the
// bot's OpenTelemetry traces and metrics (APPLICATIONINSIGHTS_CONNECTION_STRING on the web app).

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Azure region of both resources.')
param location string

@description('Days Log Analytics keeps data (30 to 730).')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Tags put on both resources.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: retentionInDays
  }
}

@description('Resource id of the Log Analytics workspace, for diagnostic settings.')
output logAnalyticsId string = workspace.id

@description('Name of the Application Insights component; the web app reads its connection string itself, so it never travels as an output.')
output appInsightsName string = appInsights.name
