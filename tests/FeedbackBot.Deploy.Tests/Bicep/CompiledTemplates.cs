using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Bicep;

/// <summary>
/// deploy/main.bicep and both parameter files, built once per test class with the real Bicep CLI,
/// and the ARM JSON it produced: main's own template and each module's nested template.
/// </summary>
public sealed class CompiledTemplates : IAsyncLifetime
{
    public ToolResult MainBuild { get; private set; } = null!;

    public IReadOnlyDictionary<string, ToolResult> ParameterBuilds { get; private set; } = null!;

    public JsonObject Main { get; private set; } = null!;

    public static IReadOnlyList<string> Environments { get; } = ["dev", "prod"];

    public async ValueTask InitializeAsync()
    {
        MainBuild = await BicepCli.RunAsync("build", "main.bicep", "--stdout");
        var parameters = new Dictionary<string, ToolResult>();
        foreach (var environment in Environments)
        {
            parameters[environment] = await BicepCli.RunAsync("build-params", $"env/{environment}.bicepparam", "--stdout");
        }

        ParameterBuilds = parameters;
        Main = MainBuild.ExitCode == 0 ? JsonNode.Parse(MainBuild.StandardOutput)!.AsObject() : [];
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The template of the module deployed under <paramref name="deploymentName"/> in main.bicep.</summary>
    public JsonObject Module(string deploymentName) =>
        Resources(Main).Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == deploymentName)["properties"]!["template"]!.AsObject();

    /// <summary>Every module template main.bicep deploys, by deployment name.</summary>
    public IEnumerable<(string Name, JsonObject Template)> Modules() =>
        Resources(Main).Select(r => ((string)r["name"]!, r["properties"]!["template"]!.AsObject()));

    /// <summary>main.bicep's own template, then every module's.</summary>
    public IReadOnlyList<(string Name, JsonObject Template)> AllTemplates() => [("main", Main), .. Modules()];

    /// <summary>A template's resources, whether ARM lists them (language version 1) or names them (2.0).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => r!.AsObject()),
        JsonObject named => named.Select(p => p.Value!.AsObject()),
        _ => [],
    };

    public static JsonObject Resource(JsonObject template, string type) =>
        Resources(template).Single(r => (string?)r["type"] == type && r["existing"] is null);

    /// <summary>The parameters the environment's .bicepparam file gives main.bicep.</summary>
    public JsonObject Parameters(string environment)
    {
        var envelope = JsonNode.Parse(ParameterBuilds[environment].StandardOutput)!;
        return JsonNode.Parse((string)envelope["parametersJson"]!)!["parameters"]!.AsObject();
    }

    /// <summary>A string node's value, or any other node as JSON, with ARM's quotes left readable.</summary>
    public static string Text(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var text)
        ? text
        : node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
