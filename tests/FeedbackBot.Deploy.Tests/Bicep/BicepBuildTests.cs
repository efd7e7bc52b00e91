using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Bicep;

/// <summary>
/// deploy/ built and linted by the real Bicep CLI with deploy/bicepconfig.json, which turns every
/// linter rule into an error: a clean run prints nothing at all.
/// </summary>
[Collection(BicepGroup.Name)]
public sealed class BicepBuildTests(CompiledTemplates compiled)
{
    [Fact]
    public void Build_MainWithEveryModule_NoErrorsOrWarnings()
    {
        var build = compiled.MainBuild;

        Assert.True(build.ExitCode == 0, build.Describe("bicep build main.bicep"));
        Assert.Equal("", build.StandardError.Trim());
        Assert.Equal(["identity", "monitoring", "storage", "keyVault", "appService", "botService"], compiled.Modules().Select(m => m.Name));
    }

    [Fact]
    public async Task Lint_MainAndEveryModule_ReportsNothing()
    {
        // Linting main.bicep lints every module it references (the CLI reports their findings
        // too), so one run of the CLI covers them all; no module file may sit unreferenced.
        var moduleFiles = Directory.GetFiles(Repository.PathOf("deploy", "modules"), "*.bicep").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        var result = await BicepCli.RunAsync("lint", "main.bicep");

        Assert.True(result.ExitCode == 0, result.Describe("bicep lint main.bicep"));
        Assert.Equal("", (result.StandardOutput + result.StandardError).Trim());
        Assert.Equal(compiled.Modules().Select(m => m.Name).Order(StringComparer.Ordinal), moduleFiles);
    }

    [Fact]
    public async Task Lint_TemplateWithAProblem_IsReported()
    {
        // The control for the clean runs above: the same CLI and config do report a defect. The
        // probe lives in a temporary folder with a copy of the config (the CLI looks for
        // bicepconfig.json beside the file), so deploy/ is never touched.
        var folder = Directory.CreateTempSubdirectory("feedbackbot-bicep-").FullName;
        try
        {
            File.Copy(Repository.PathOf("deploy", "bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
            var probe = Path.Combine(folder, "probe.bicep");
            await File.WriteAllTextAsync(probe, "@description('unused')\nparam unused string\n", TestContext.Current.CancellationToken);

            var result = await BicepCli.RunAsync("lint", probe);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("no-unused-params", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(EnvironmentNames))]
    public void BuildParams_Environment_CompilesAgainstMain(string environment)
    {
        var build = compiled.ParameterBuilds[environment];

        Assert.True(build.ExitCode == 0, build.Describe($"bicep build-params env/{environment}.bicepparam"));
        Assert.Equal("", build.StandardError.Trim());
        var parameters = compiled.Parameters(environment);
        Assert.Equal(environment, (string?)parameters["environmentName"]!["value"]);
        Assert.All(parameters.Select(p => p.Key), name => Assert.True(compiled.Main["parameters"]!.AsObject().ContainsKey(name), name));
    }

    [Fact]
    public void Environments_Production_IsSturdierThanTest()
    {
        var dev = compiled.Parameters("dev");
        var prod = compiled.Parameters("prod");

        Assert.Equal(("B1", "Standard_LRS", false), (Value(dev, "appServiceSku"), Value(dev, "storageSku"), dev["keyVaultPurgeProtection"]!["value"]!.GetValue<bool>()));
        Assert.Equal(("P0v3", "Standard_ZRS", true), (Value(prod, "appServiceSku"), Value(prod, "storageSku"), prod["keyVaultPurgeProtection"]!["value"]!.GetValue<bool>()));
        Assert.True(prod["instanceCount"]!["value"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public void Config_EveryRuleIsAnErrorOrExplainedWhereItIsOff()
    {
        var raw = Repository.Read("deploy", "bicepconfig.json");
        var rules = JsonNode.Parse(raw, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!["analyzers"]!["core"]!["rules"]!.AsObject();
        var lines = raw.Split('\n');

        var offRules = rules.Where(r => (string?)r.Value!["level"] == "off").Select(r => r.Key).ToList();

        Assert.True(rules.Count >= 30, "bicepconfig.json should set every linter rule explicitly");
        Assert.All(rules.Where(r => !offRules.Contains(r.Key)), r => Assert.Equal("error", (string?)r.Value!["level"]));
        Assert.All(offRules, rule =>
        {
            var line = Array.FindIndex(lines, l => l.Contains($"\"{rule}\"", StringComparison.Ordinal));
            Assert.StartsWith("//", lines[line - 1].Trim(), StringComparison.Ordinal);
        });
    }

    public static TheoryData<string> EnvironmentNames() => [.. CompiledTemplates.Environments];

    private static string? Value(JsonObject parameters, string name) => (string?)parameters[name]!["value"];
}
