using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Teams;

/// <summary>manifest/teams/manifest.json and de.json as checked in: what the bot offers in Teams, and the placeholders.</summary>
public sealed partial class TeamsManifestTests
{
    private static readonly string[] Commands = ["decision-check", "feedback-request", "feedback-summary", "service-statement"];

    private static JsonNode Manifest => JsonNode.Parse(Repository.Read("manifest", "teams", "manifest.json"))!;

    [Fact]
    public void Bot_InPersonalTeamAndGroupChat_ListsTheFourCommandsEverywhere()
    {
        var bot = Manifest["bots"]!.AsArray().Single()!;

        var lists = bot["commandLists"]!.AsArray();

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
        Assert.Equal(["personal", "team", "groupChat"], lists.Single()!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(Commands, lists.Single()!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
    }

    [Fact]
    public void Commands_AreSlashCommandsOfTheSlackAppToo()
    {
        var slack = JsonNode.Parse(Repository.Read("manifest", "slack", "manifest.json"))!["features"]!["slash_commands"]!.AsArray()
            .Select(c => ((string)c!["command"]!).TrimStart('/')).ToHashSet(StringComparer.Ordinal);

        var teams = Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!);

        Assert.All(teams, command => Assert.Contains(command, slack));
    }

    [Fact]
    public void German_TranslatesNameDescriptionAndEveryCommand()
    {
        var german = JsonNode.Parse(Repository.Read("manifest", "teams", "de.json"))!.AsObject();
        var commands = Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        var commandKeys = german.Select(p => p.Key).Where(k => k.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            Enumerable.Range(0, commands.Count).Select(i => $"bots[0].commandLists[0].commands[{i}].description"),
            commandKeys);
        Assert.All(commandKeys.Select((key, i) => (German: (string)german[key]!, English: (string)commands[i]!["description"]!)), pair => Assert.NotEqual(pair.English, pair.German));
        Assert.NotEqual((string?)Manifest["description"]!["full"], (string?)german["description.full"]);
        Assert.Equal("de.json", (string?)Manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
    }

    [Fact]
    public void Version_SchemaUrlMatchesManifestVersion()
    {
        var version = (string)Manifest["manifestVersion"]!;

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)Manifest["$schema"]);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.Localization.schema.json", (string?)JsonNode.Parse(Repository.Read("manifest", "teams", "de.json"))!["$schema"]);
    }

    [Fact]
    public void Placeholders_BothManifests_EachDocumentedAndFilled()
    {
        var readmes = new[] { Repository.Read("manifest", "README.md"), Repository.Read("README.md") };
        var script = Repository.Read("manifest", "teams", "package.sh");
        var outputs = Repository.Read("deploy", "main.bicep");
        var teams = Placeholder().Matches(Repository.Read("manifest", "teams", "manifest.json") + Repository.Read("manifest", "teams", "de.json")).Select(m => m.Groups[1].Value).Distinct().ToList();
        var slack = Placeholder().Matches(Repository.Read("manifest", "slack", "manifest.json")).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(["BOT_ID", "PRIVACY_URL", "PUBLIC_BASE_URL", "TEAMS_APP_ID", "TERMS_OF_USE_URL"], teams.Order(StringComparer.Ordinal));
        Assert.All(teams.Union(slack), name => Assert.All(readmes, readme => Assert.Contains($"| `${{{{{name}}}}}` |", readme, StringComparison.Ordinal)));
        Assert.All(teams, name => Assert.Contains($"[{name}]=", script, StringComparison.Ordinal));
        Assert.Contains("output BOT_ID string", outputs, StringComparison.Ordinal);
        Assert.Contains("output PUBLIC_BASE_URL string", outputs, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
