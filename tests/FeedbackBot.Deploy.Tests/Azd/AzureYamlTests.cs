using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FeedbackBot.Deploy.Tests.Azd;

/// <summary>azure.yaml and deploy/main.parameters.json: what `azd up` reads.</summary>
public sealed class AzureYamlTests
{
    [Fact]
    public void AzureYaml_InfraIsDeployMainAndTheServiceIsTheHost()
    {
        var root = Load();

        var infra = (YamlMappingNode)root["infra"];
        var services = (YamlMappingNode)root["services"];
        var service = services.Children.Single();
        var bot = (YamlMappingNode)service.Value;

        Assert.Equal(("bicep", "deploy", "main"), (Scalar(infra, "provider"), Scalar(infra, "path"), Scalar(infra, "module")));
        Assert.True(File.Exists(Repository.PathOf("deploy", "main.bicep")));
        Assert.Equal(("dotnet", "appservice"), (Scalar(bot, "language"), Scalar(bot, "host")));
        Assert.True(File.Exists(Repository.PathOf(Scalar(bot, "project").TrimStart('.', '/'), "FeedbackBot.csproj")));
        Assert.Contains($"'azd-service-name': '{((YamlScalarNode)service.Key).Value}'", Repository.Read("deploy", "modules", "appService.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_FillMainsRequiredParametersFromTheAzdEnvironment()
    {
        var parameters = JsonNode.Parse(Repository.Read("deploy", "main.parameters.json"))!["parameters"]!.AsObject();
        var main = Repository.Read("deploy", "main.bicep");

        Assert.Equal("${AZURE_ENV_NAME}", (string?)parameters["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)parameters["location"]!["value"]);
        Assert.All(parameters, p => Assert.Contains($"param {p.Key} ", main, StringComparison.Ordinal));
        Assert.All(parameters, p => Assert.Matches(@"^\$\{[A-Z_]+\}$", (string?)p.Value!["value"]));
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Repository.Read("azure.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
