using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Dialogs;
using FeedbackBot.Tests.Support;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generated activities against <c>POST /api/messages</c> in local mode (no token, so every input
/// reaches the parser, the mapper and the dialogs): never a 5xx or an unhandled exception, and
/// what is refused writes nothing.
/// </summary>
public sealed class ActivityFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessagesEndpoint_GeneratedActivities_AnswerWithoutServerErrorsAndRefusedOnesWriteNothing()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var requests = Generate(connector.ServiceUrl);
        var logs = new CapturedLogs();
        using var database = new TempDatabase();
        await using var host = Host(database, logs);

        var results = await FuzzDriver.SendAllAsync(host.Client, requests, null, Ct);

        FuzzLogs.AssertNoneUnhandled(logs);
        FuzzDriver.AssertNoFailures(results);
        Assert.Contains(results, r => r.Status is >= 200 and < 300);
        Assert.Contains(results, r => r.Status is >= 400 and < 500);
        await RefusedFuzz.AssertWriteNothingAsync(results, (db, l) => Host(db, l), null, Ct);
    }

    private static FuzzRequest[] Generate(Uri serviceUrl)
    {
        JsonNode[] seeds =
        [
            Activities.TeamsMessage(serviceUrl, "help"),
            Activities.TeamsMessage(serviceUrl, "three"),
            Submit(Activities.TeamsMessage(serviceUrl, "")),
            ConversationUpdate(Activities.TeamsMessage(serviceUrl, "")),
            ChannelMention(Activities.TeamsMessage(serviceUrl, "<at>FeedbackBot</at> help", conversationId: "19:general@thread.tacv2")),
            UniversalAction(Activities.TeamsMessage(serviceUrl, "")),
        ];
        var mutants = FsCheck.Fluent.Gen.Elements(seeds).SelectMany(seed => JsonFuzz.Mutants(seed));
        return [.. FuzzSettings.Sample(mutants, FuzzSettings.InputsPerEndpoint, salt: 1).Select(body => new FuzzRequest(HttpMethod.Post, "/api/messages", body))];
    }

    private static JsonObject Submit(JsonObject message)
    {
        message.Remove("text");
        message["value"] = new JsonObject { ["answer"] = "red", ["action"] = "submit" };
        return message;
    }

    private static JsonObject ChannelMention(JsonObject message)
    {
        message["conversation"]!["isGroup"] = true;
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>FeedbackBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "FeedbackBot" },
        });
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>help</p>" });
        return message;
    }

    private static JsonObject UniversalAction(JsonObject message)
    {
        message["type"] = "invoke";
        message["name"] = "adaptiveCard/action";
        message.Remove("text");
        message["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = new JsonObject { ["answer"] = "blue" } },
        };
        return message;
    }

    private static JsonObject ConversationUpdate(JsonObject message)
    {
        message["type"] = "conversationUpdate";
        message.Remove("text");
        message["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        return message;
    }

    private static BotHost Host(TempDatabase database, CapturedLogs logs) => new(database.Path, FuzzSettings.Unthrottled, services: services =>
    {
        ThreeQuestionDialog.Register(services);
        services.AddLogging(logging => logging.AddProvider(logs));

        // A generated serviceUrl may name any host; one quick attempt, so a reply nobody can take
        // does not hold the run up with backoff.
        services.Configure<ConnectorResilienceOptions>(options =>
        {
            options.MaxRetryAttempts = 0;
            options.AttemptTimeout = TimeSpan.FromSeconds(2);
            options.TotalTimeout = TimeSpan.FromSeconds(3);
        });
    });
}
