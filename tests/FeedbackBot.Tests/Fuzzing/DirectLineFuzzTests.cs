using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FeedbackBot.Tests.DirectLine;
using FeedbackBot.Tests.Support;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generated requests against the embedded Direct Line endpoint within a started conversation:
/// mutated activities posted with the conversation's token, and polls with odd watermarks. No 5xx,
/// no unhandled exception, and refused input leaves the transcript and the dialog state unchanged.
/// </summary>
public sealed class DirectLineFuzzTests
{
    private const string ConversationPlaceholder = "{conversation}";

    // One conversation posts every input, and one client starts every conversation, faster than
    // their limits: a 429 would keep the input from the parser, and on the one-at-a-time replay the
    // same input is accepted.
    private static readonly Dictionary<string, string?> Settings = new(FuzzSettings.Unthrottled)
    {
        ["DirectLine:ActivityBurst"] = "1000000",
        ["DirectLine:ConversationStartBurst"] = "1000000",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DirectLine_GeneratedActivitiesAndPolls_AnswerWithoutServerErrorsAndRefusedOnesWriteNothing()
    {
        var logs = new CapturedLogs();
        await using var bot = new DirectLineBot(Settings, services => services.AddLogging(logging => logging.AddProvider(logs)));
        var requests = Generate();

        var results = await FuzzDriver.SendAllAsync(bot.Host.Client, requests, await InConversationAsync(bot.Host), Ct);

        FuzzDriver.AssertNoFailures(results);
        FuzzLogs.AssertNoneUnhandled(logs);
        Assert.Contains(results, r => r.Status is >= 200 and < 300);
        Assert.Contains(results, r => r.Status is >= 400 and < 500);
        await using var fresh = new DirectLineBot(Settings);
        await RefusedFuzz.AssertWriteNothingAsync(results, fresh.Host, fresh.Database.Path, InConversationAsync, Ct);
    }

    private static FuzzRequest[] Generate()
    {
        var activities = JsonFuzz.Mutants(DirectLineApi.Message("help"))
            .Select(body => new FuzzRequest(HttpMethod.Post, $"/v3/directline/conversations/{ConversationPlaceholder}/activities", body));
        var polls = FuzzValues.Text
            .Select(watermark => new FuzzRequest(HttpMethod.Get, $"/v3/directline/conversations/{ConversationPlaceholder}/activities?watermark={Uri.EscapeDataString(watermark)}", []));
        var starts = JsonFuzz.Mutants(new JsonObject { ["locale"] = "de-DE" })
            .Select(body => new FuzzRequest(HttpMethod.Post, "/v3/directline/conversations", body));
        var all = Gen.Frequency((6, activities), (2, polls), (1, starts));
        return FuzzSettings.Sample(all, FuzzSettings.InputsPerEndpoint, salt: 3);
    }

    /// <summary>Starts a conversation on <paramref name="host"/> and points every request at it, with its token.</summary>
    private static async Task<Action<FuzzRequest, HttpRequestMessage>?> InConversationAsync(BotHost host)
    {
        var conversation = await new DirectLineApi(host.Client).StartFromPageAsync();
        return (request, message) =>
        {
            message.RequestUri = new Uri(request.Path.Replace(ConversationPlaceholder, conversation.Id, StringComparison.Ordinal), UriKind.Relative);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        };
    }
}
