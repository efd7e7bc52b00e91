using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FeedbackBot.Channels.Slack.Commands;
using FeedbackBot.Tests.Slack;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Manifests;

/// <summary>
/// manifest/slack/manifest.json against the running host: the manifest names every slash command
/// in the code's command list (<see cref="SlashCommands"/>) and every Slack route the host maps,
/// and the host serves every command and URL the manifest names. Order does not matter: a
/// command added to both in any position keeps this green; one added to only one side fails it.
/// </summary>
public sealed class SlackManifestServedTests : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://feedbackbot.example.com";

    private SlackBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly JsonElement Manifest = JsonDocument.Parse(
        File.ReadAllText(ManifestPath()).Replace("${{PUBLIC_BASE_URL}}", PublicBaseUrl, StringComparison.Ordinal)).RootElement;

    public async ValueTask InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Commands_ManifestAndCodeListTheSameSet()
    {
        var named = ManifestCommands().ToHashSet(StringComparer.Ordinal);

        var served = SlashCommands.All.Select(c => "/" + c).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(SlashCommands.All.Count, served.Count);
        Assert.True(named.SetEquals(served), $"manifest only: {string.Join(", ", named.Except(served))}; code only: {string.Join(", ", served.Except(named))}");
    }

    [Fact]
    public void RequestUrls_AreExactlyTheSlackRoutesTheHostMaps()
    {
        var settings = Manifest.GetProperty("settings");
        var named = Manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().Select(c => c.GetProperty("url").GetString()!)
            .Append(settings.GetProperty("interactivity").GetProperty("request_url").GetString()!)
            .Append(settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString()!)
            .Select(url => new Uri(url))
            .ToList();
        _ = _bot.Client;

        var routes = _bot.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/slack/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.All(named, url => Assert.Equal(PublicBaseUrl, url.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(
            routes.Select(r => r.RoutePattern.RawText).Order(StringComparer.Ordinal),
            named.Select(u => u.AbsolutePath).Distinct().Order(StringComparer.Ordinal));
        Assert.All(routes, r => Assert.Equal(["POST"], r.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods));
    }

    [Fact]
    public async Task Commands_EachOneTheManifestNames_IsServedByTheHost()
    {
        var commands = ManifestCommands().ToList();

        var answers = new List<(string Command, HttpStatusCode Status, string Body)>();
        foreach (var command in commands.Append("/not-ours"))
        {
            using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand(command, "", "C1", _bot.Slack.ResponseUrl(command)));
            using var response = await _bot.Client.SendAsync(request, Ct);
            answers.Add((command, response.StatusCode, await response.Content.ReadAsStringAsync(Ct)));
        }

        // A command the host serves is taken on with an empty 200 and answered later; one it does
        // not know is answered at once with a note listing the commands it has.
        Assert.NotEmpty(commands);
        Assert.All(answers.SkipLast(1), a => Assert.Equal((a.Command, HttpStatusCode.OK, ""), a));
        Assert.Equal(HttpStatusCode.OK, answers[^1].Status);
        Assert.All(commands, c => Assert.Contains(c, answers[^1].Body, StringComparison.Ordinal));
    }

    private static IEnumerable<string> ManifestCommands() =>
        Manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()!);

    private static string ManifestPath([CallerFilePath] string sourceFile = "")
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "manifest", "slack", "manifest.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("manifest/slack/manifest.json not found above " + sourceFile);
    }
}
