using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.DirectLine;
using FeedbackBot.Tests.Security;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Operations;

/// <summary>No configured secret and no bearer token may reach a log line, even at Trace level.</summary>
public sealed class SecretsInLogsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly CapturedLogs _logs = new();
    private BotFrameworkPeers _peers = null!;

    public async ValueTask InitializeAsync() => _peers = await BotFrameworkPeers.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _peers.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task FullTurnAndRefusedRequests_LogNoPasswordAndNoToken()
    {
        var settings = _peers.AuthenticatedSettings();
        settings["Logging:LogLevel:Default"] = "Trace";
        await using var host = new BotHost(_database.Path, settings, services =>
        {
            _peers.ConfigureServices(services);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddSingleton<ILoggerProvider>(_logs);
        });
        var inboundToken = _peers.ChannelToken();

        var accepted = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken);
        var forged = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken + "x");
        _peers.Connector.RespondNextWith(1, HttpStatusCode.Forbidden, errorCode: "BotNotInConversationRoster");
        var failedReply = await Activities.PostAsync(host.Client, Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help"), inboundToken);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        // The activity was processed; only its reply could not be delivered, so no 500 (which
        // could make the channel deliver the activity again) and a warning that says why.
        Assert.Equal(HttpStatusCode.OK, failedReply.StatusCode);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Could not send a reply on channel msteams", StringComparison.Ordinal) && line.Contains("403", StringComparison.Ordinal));
        var outboundToken = Assert.Single(_peers.TokenEndpoint.IssuedTokens);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(BotFrameworkPeers.AppPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(inboundToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(outboundToken, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every endpoint, accepted and refused, with every secret configured (<see cref="SecuredBot.Secrets"/>):
    /// none of them, and none of the tokens issued or presented, appears in any log line.
    /// </summary>
    [Fact]
    public async Task FullRunOverEveryEndpoint_LogsNoConfiguredSecretAndNoToken()
    {
        await using var bot = await SecuredBot.StartAsync();
        await bot.WarmUpAsync();
        var ct = TestContext.Current.CancellationToken;
        var channelToken = bot.Peers.ChannelToken();
        var seen = new List<(string What, HttpStatusCode Status)>();
        async Task SendAsync(string what, HttpRequestMessage request)
        {
            using (request)
            using (var response = await bot.Client.SendAsync(request, ct))
            {
                seen.Add((what, response.StatusCode));
            }
        }

        // Bot Framework: a turn with a reply (outbound token), a forged token, no token.
        seen.Add(("teams turn", (await Activities.PostAsync(bot.Client, Activities.TeamsMessage(bot.Peers.Connector.ServiceUrl, "help"), channelToken)).StatusCode));
        seen.Add(("teams forged", (await Activities.PostAsync(bot.Client, Activities.TeamsMessage(bot.Peers.Connector.ServiceUrl, "help"), channelToken + "x")).StatusCode));
        seen.Add(("teams no token", (await Activities.PostAsync(bot.Client, Activities.TeamsMessage(bot.Peers.Connector.ServiceUrl, "help"))).StatusCode));

        // Slack: each endpoint signed, and one with a wrong signature.
        await SendAsync("slack command", bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/service-statement", "", "C1", bot.Slack.ResponseUrl("cmd-1"))));
        await SendAsync("slack event", bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev1", "help")));
        await SendAsync("slack interaction", bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewClosed("{\"c\":\"C1\"}"))));
        await SendAsync("slack forged", new SlackRequestSigner("not-the-signing-secret").Form("/api/slack/commands", SlackPayloads.SlashCommand("/service-statement", "", "C1", null)));

        // Helpdesk API: both keys, a wrong key; the survey link: a vote, a forged token.
        using var created = await bot.Client.SendAsync(Interaction("ticket-1", SecuredBot.ApiKey), ct);
        seen.Add(("interaction", created.StatusCode));
        await SendAsync("interaction contoso", Interaction("ticket-2", SecuredBot.ContosoKey));
        await SendAsync("interaction wrong key", Interaction("ticket-3", SecuredBot.ApiKey + "x"));
        var surveyUrl = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["surveyUrl"]!.GetValue<string>();
        var surveyToken = new Uri(surveyUrl).AbsolutePath.Split('/')[^1];
        await SendAsync("survey vote", new HttpRequestMessage(HttpMethod.Get, $"/feedback/{surveyToken}?vote=miss"));
        await SendAsync("survey forged", new HttpRequestMessage(HttpMethod.Get, $"/feedback/{surveyToken[..^4]}AAAA?vote=hit"));

        // Direct Line: a token from the secret, a conversation, a message, a poll, a wrong secret; the page token.
        var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecuredBot.DirectLineSecret);
        var issued = await bot.Client.SendAsync(generate, ct);
        seen.Add(("directline token", issued.StatusCode));
        var directLineToken = (await issued.Content.ReadFromJsonAsync<JsonObject>(ct))!["token"]!.GetValue<string>();
        var api = new DirectLineApi(bot.Client);
        var conversation = await api.StartFromPageAsync();
        seen.Add(("directline message", (await api.PostActivityAsync(conversation, DirectLineApi.Message("help"))).StatusCode));
        seen.Add(("directline poll", (await api.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token)).StatusCode));
        seen.Add(("directline wrong secret", (await api.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", SecuredBot.DirectLineSecret + "x")).StatusCode));

        // Summary links (forged) and the probes.
        await SendAsync("summary chart forged", new HttpRequestMessage(HttpMethod.Get, "/summaries/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/chart.png"));
        await SendAsync("readyz", new HttpRequestMessage(HttpMethod.Get, "/readyz"));
        await bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, TimeSpan.FromSeconds(30), ct);

        Assert.Contains(seen, s => s is ("teams turn", HttpStatusCode.OK));
        Assert.Contains(seen, s => s is ("interaction", HttpStatusCode.Created));
        Assert.Contains(seen, s => s is ("survey vote", HttpStatusCode.OK));
        Assert.Contains(seen, s => s is ("directline message", HttpStatusCode.OK));
        Assert.Contains(seen, s => s is ("slack forged", HttpStatusCode.Unauthorized));
        Assert.Contains(seen, s => s is ("interaction wrong key", HttpStatusCode.Unauthorized));
        Assert.True(bot.Logs.Lines.Count > 50, $"only {bot.Logs.Lines.Count} log lines: the run did not log at Trace");
        var secrets = SecuredBot.Secrets.Concat(new Dictionary<string, string>
        {
            ["inbound channel token"] = channelToken,
            ["outbound Bot Framework token"] = Assert.Single(bot.Peers.TokenEndpoint.IssuedTokens),
            ["Direct Line token"] = directLineToken,
            ["Direct Line conversation token"] = conversation.Token,
        });
        var leaks = secrets.Where(secret => bot.Logs.Lines.Any(line => line.Contains(secret.Value, StringComparison.Ordinal))).Select(secret => secret.Key).ToList();
        Assert.Empty(leaks);
    }

    private static HttpRequestMessage Interaction(string interactionId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["interactionId"] = interactionId,
                ["customer"] = new JsonObject { ["id"] = "cust-1", ["name"] = "Ada" },
                ["agent"] = new JsonObject { ["id"] = "agent-7", ["name"] = "Sam" },
                ["team"] = "support",
                ["occurredAt"] = "2026-11-20T14:03:00Z",
            }),
        };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
