using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;
using FeedbackBot.Storage.TableStorage;

namespace FeedbackBot.Deploy.Tests.Bicep;

/// <summary>
/// The rules STYLE.md section 11 and the deploy issue set for deploy/, checked on the ARM JSON the
/// Bicep CLI produced: main only wires modules, every parameter is described, secrets are secure
/// and never output, and each resource is locked down as promised.
/// </summary>
[Collection(BicepGroup.Name)]
public sealed class TemplateRulesTests(CompiledTemplates compiled)
{
    private static readonly string[] SecretWords = ["secret", "token", "password"];

    [Fact]
    public void Main_OnlyWiresModules()
    {
        var source = Repository.Read("deploy", "main.bicep").Split('\n');

        Assert.All(CompiledTemplates.Resources(compiled.Main), r => Assert.Equal("Microsoft.Resources/deployments", (string?)r["type"]));
        Assert.DoesNotContain(source, line => line.StartsWith("resource ", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_MainAndEveryModule_AllHaveDescriptions()
    {
        var templates = compiled.AllTemplates();

        Assert.All(templates, t => Assert.All(t.Template["parameters"]!.AsObject(), p =>
            Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["metadata"]?["description"]), $"{t.Name}: parameter {p.Key} has no @description")));
        Assert.All(templates, t => Assert.All(t.Template["outputs"]?.AsObject() ?? [], o =>
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Value!["metadata"]?["description"]), $"{t.Name}: output {o.Key} has no @description")));
    }

    [Fact]
    public void Parameters_SecretsAreSecureWithoutDefaults()
    {
        var templates = compiled.AllTemplates();

        var secrets = templates.SelectMany(t => t.Template["parameters"]!.AsObject()
            .Where(p => SecretWords.Any(w => p.Key.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(p => (t.Name, p.Key, Type: (string)p.Value!["type"]!, Default: p.Value!["defaultValue"]))).ToList();

        Assert.Contains(secrets, s => s == ("main", "slackSigningSecret", "securestring", s.Default));
        Assert.Contains(secrets, s => s == ("main", "slackBotToken", "securestring", s.Default));
        Assert.All(secrets, s => Assert.True(s.Type is "securestring" or "secureObject", $"{s.Name}: {s.Key} is {s.Type}"));
        Assert.All(secrets, s => Assert.True(s.Default is null || (string?)s.Default == "", $"{s.Name}: {s.Key} has a default value"));
        Assert.Equal("secureObject", (string?)compiled.Module("keyVault")["parameters"]!["secrets"]!["type"]);
    }

    [Fact]
    public void Outputs_CarryNoSecrets()
    {
        var templates = compiled.AllTemplates();

        var outputs = templates.SelectMany(t => (t.Template["outputs"]?.AsObject() ?? []).Select(o => (t.Name, o.Key, Output: o.Value!.AsObject()))).ToList();

        Assert.Equal(["PUBLIC_BASE_URL", "BOT_ID", "BOT_NAME", "WEB_APP_NAME", "KEY_VAULT_NAME", "STORAGE_ACCOUNT_NAME"], compiled.Main["outputs"]!.AsObject().Select(o => o.Key));
        Assert.All(outputs, o =>
        {
            Assert.DoesNotContain("secure", (string)o.Output["type"]!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SecretWords, w => o.Key.Contains(w, StringComparison.OrdinalIgnoreCase));
            var value = CompiledTemplates.Text(o.Output["value"]!);
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ConnectionString", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("parameters('slack", value, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Storage_HttpsOnlyTls12NoPublicBlobsNoSharedKeys()
    {
        var account = CompiledTemplates.Resource(compiled.Module("storage"), "Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.True(account["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
    }

    [Fact]
    public void Storage_TablesCoverEveryTableTheCodeUses()
    {
        var declared = Repository.Read("deploy", "main.bicep");
        var codeTables = CodeTableNames();

        var missing = codeTables.Where(t => !declared.Contains($"'{t}'", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(codeTables);
        Assert.True(missing.Count == 0, $"Add {string.Join(", ", missing)} to the tableNames list in deploy/main.bicep: the app uses them.");
        Assert.Contains("Microsoft.Storage/storageAccounts/tableServices/tables", CompiledTemplates.Resources(compiled.Module("storage")).Select(r => (string?)r["type"]));
    }

    [Fact]
    public void Identity_HasTableDataAndSecretsUserRolesOnly()
    {
        // The role assignment names the role through a variable holding the built-in role's id.
        string Role(string module)
        {
            var template = compiled.Module(module);
            var reference = CompiledTemplates.Text(CompiledTemplates.Resource(template, "Microsoft.Authorization/roleAssignments")["properties"]!["roleDefinitionId"]!);
            return template["variables"]!.AsObject().Single(v => reference.Contains($"variables('{v.Key}')", StringComparison.Ordinal)).Value!.GetValue<string>();
        }

        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", Role("storage"));   // Storage Table Data Contributor
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", Role("keyVault"));  // Key Vault Secrets User
        Assert.Equal(2, compiled.Modules().Sum(m => CompiledTemplates.Resources(m.Template).Count(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments")));
    }

    [Fact]
    public void AppService_LinuxDotnet10HttpsOnlyTls12NoBasicAuth()
    {
        var template = compiled.Module("appService");
        var site = CompiledTemplates.Resource(template, "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal(("1.2", "1.2", "Disabled"), ((string?)config["minTlsVersion"], (string?)config["scmMinTlsVersion"], (string?)config["ftpsState"]));
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.All(CompiledTemplates.Resources(template).Where(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            policy => Assert.False(policy["properties"]!["allow"]!.GetValue<bool>()));
        Assert.Equal(2, CompiledTemplates.Resources(template).Count(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies"));
    }

    [Fact]
    public void AppService_SettingsUseTheIdentityAndKeyVaultNeverKeys()
    {
        var template = compiled.Module("appService");
        var settings = CompiledTemplates.Text(CompiledTemplates.Resource(template, "Microsoft.Web/sites/config")["properties"]!);
        var secretSettings = (string)template["variables"]!["secretSettings"]!;

        Assert.Contains("'MicrosoftAppType', 'UserAssignedMSI'", settings, StringComparison.Ordinal);
        Assert.Contains("'Storage__Provider', 'TableStorage'", settings, StringComparison.Ordinal);
        Assert.Contains("Storage__TableStorage__ServiceUri", settings, StringComparison.Ordinal);
        Assert.Contains("AZURE_CLIENT_ID", settings, StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings, StringComparison.Ordinal);
        Assert.Contains("'ApplicationInsightsAgent_EXTENSION_VERSION', '~3'", settings, StringComparison.Ordinal);
        Assert.Contains("'Urls', 'http://+:8080'", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("MicrosoftAppPassword", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__TableStorage__ConnectionString", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", settings, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", secretSettings, StringComparison.Ordinal);
        Assert.Equal("[parameters('identityId')]", (string?)CompiledTemplates.Resource(template, "Microsoft.Web/sites")["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void KeyVault_RbacOnlySoftDeleteSlackSecretsWhenGiven()
    {
        var template = compiled.Module("keyVault");
        var vault = CompiledTemplates.Resource(template, "Microsoft.KeyVault/vaults")["properties"]!;
        var main = Repository.Read("deploy", "main.bicep");

        Assert.True(vault["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault["enableSoftDelete"]!.GetValue<bool>());
        Assert.Contains("not(empty(", CompiledTemplates.Text(CompiledTemplates.Resource(template, "Microsoft.KeyVault/vaults/secrets")["condition"]!), StringComparison.Ordinal);
        Assert.Contains("Slack__SigningSecret: 'slack-signing-secret'", main, StringComparison.Ordinal);
        Assert.Contains("Slack__BotToken: 'slack-bot-token'", main, StringComparison.Ordinal);
    }

    [Fact]
    public void BotService_ManagedIdentityWithTeamsAndDirectLine()
    {
        var template = compiled.Module("botService");
        var bot = CompiledTemplates.Resource(template, "Microsoft.BotService/botServices");

        var channels = CompiledTemplates.Resources(template).Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]!["channelName"]).Order(StringComparer.Ordinal);

        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("[parameters('identityId')]", (string?)bot["properties"]!["msaAppMSIResourceId"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)bot["properties"]!["msaAppId"]);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels);
        Assert.Contains("/api/messages", CompiledTemplates.Text(compiled.Main["resources"]!.AsArray().Single(r => (string?)r!["name"] == "botService")!["properties"]!["parameters"]!["endpoint"]!), StringComparison.Ordinal);
    }

    [Fact]
    public void Monitoring_AppInsightsIsWorkspaceBased()
    {
        var template = compiled.Module("monitoring");

        var insights = CompiledTemplates.Resource(template, "Microsoft.Insights/components")["properties"]!;

        Assert.Contains("Microsoft.OperationalInsights/workspaces", CompiledTemplates.Text(insights["WorkspaceResourceId"]!), StringComparison.Ordinal);
        Assert.Single(CompiledTemplates.Resources(template), r => (string?)r["type"] == "Microsoft.OperationalInsights/workspaces");
    }

    private static List<string> CodeTableNames()
    {
        // Building a TableClient does no I/O, so any well-formed endpoint gives the names.
        var service = new Azure.Data.Tables.TableServiceClient(new Uri("https://example.table.core.windows.net"), new Azure.AzureSasCredential("sv=unused"));
        return [.. new TableStorageTables(service, tablePrefix: "").All.Select(t => t.Name)];
    }
}
