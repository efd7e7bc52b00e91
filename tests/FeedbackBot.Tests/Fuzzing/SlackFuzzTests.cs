using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generated, correctly signed requests against the three Slack endpoints: the signature lets each
/// input reach the payload parsers and the dialogs. No 5xx, no unhandled exception, and what is
/// refused writes nothing (checked after the time acknowledged work would take to run).
/// </summary>
public sealed class SlackFuzzTests
{
    private static readonly Dictionary<string, string?> QuickFailingReplies = new()
    {
        // A generated response_url may name any host; one quick attempt keeps the run short.
        ["Slack:Resilience:MaxRetryAttempts"] = "0",
        ["Slack:Resilience:AttemptTimeout"] = "00:00:02",
        ["Slack:Resilience:TotalTimeout"] = "00:00:03",
        ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlackEndpoints_GeneratedSignedRequests_AnswerWithoutServerErrorsAndRefusedOnesWriteNothing()
    {
        await using var bot = await SlackBot.StartAsync(QuickFailingReplies);
        var requests = Generate(bot.Slack.ResponseUrl("fuzz"));

        var results = await FuzzDriver.SendAllAsync(bot.Client, requests, Sign, Ct);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);

        FuzzDriver.AssertNoFailures(results);
        FuzzLogs.AssertNoneUnhandled(bot.Logs);
        Assert.Contains(results, r => r.Status == 200);
        Assert.Contains(results, r => r.Status is >= 400 and < 500);
        await using var fresh = await SlackBot.StartAsync(QuickFailingReplies);
        await RefusedFuzz.AssertWriteNothingAsync(results, fresh.Host, fresh.Database.Path, _ => Task.FromResult<Action<FuzzRequest, HttpRequestMessage>?>(Sign), Ct, settle: TimeSpan.FromSeconds(2));
    }

    private static FuzzRequest[] Generate(Uri responseUrl)
    {
        var commands = FormFuzz.Mutants(SlackPayloads.SlashCommand("/decision-check", "launch a loyalty card", "C1", responseUrl))
            .Select(body => new FuzzRequest(HttpMethod.Post, "/api/slack/commands", body, SlackRequestSigner.FormContentType));
        JsonNode[] interactionSeeds =
        [
            JsonNode.Parse(SlackPayloads.BlockActions("C1", "1700000000.000100", "choice", "hit", ephemeral: false, responseUrl))!,
            JsonNode.Parse(SlackPayloads.ViewSubmission("{\"c\":\"C1\"}", "answer", "ada@example.com"))!,
            JsonNode.Parse(SlackPayloads.ViewClosed("{\"c\":\"C1\"}"))!,
        ];
        var interactions = Gen.Elements(interactionSeeds).SelectMany(seed => JsonFuzz.Mutants(seed))
            .Select(json => new FuzzRequest(HttpMethod.Post, "/api/slack/interactions", Encoding.UTF8.GetBytes(SlackRequestSigner.InteractionBody(Encoding.UTF8.GetString(json))), SlackRequestSigner.FormContentType));
        JsonNode[] eventSeeds =
        [
            JsonNode.Parse(SlackPayloads.DirectMessageEvent("Ev1", "help"))!,
            JsonNode.Parse(SlackPayloads.MentionEvent("Ev2", "<@UBOT> help"))!,
            new JsonObject { ["token"] = "deprecated", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" },
        ];
        var events = Gen.Elements(eventSeeds).SelectMany(seed => JsonFuzz.Mutants(seed))
            .Select(body => new FuzzRequest(HttpMethod.Post, "/api/slack/events", body));
        var all = Gen.OneOf(commands, interactions, events);
        return FuzzSettings.Sample(all, FuzzSettings.InputsPerEndpoint, salt: 2);
    }

    private static void Sign(FuzzRequest request, HttpRequestMessage message)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        message.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        message.Headers.Add("X-Slack-Signature", SlackRequestSigner.Sign(SlackRequestSigner.TestSigningSecret, timestamp, request.Body));
    }
}
