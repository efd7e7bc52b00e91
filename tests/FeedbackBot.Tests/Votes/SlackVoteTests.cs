using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;

namespace FeedbackBot.Tests.Votes;

/// <summary>A customer answering a feedback request in Slack: signed requests in, the fake Web API out.</summary>
public sealed class SlackVoteTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await VoteBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_ClicksMissInTheirDmThenTypesWhyAndElement_VoteStoredWithBothAndAlertPosted()
    {
        var body = VoteBot.Interaction("ticket-1", new JsonObject { ["id"] = "cust-1", ["name"] = "Ada Lovelace", ["channel"] = "slack", ["channelUserId"] = SlackPayloads.User });
        body["tenant"] = SlackPayloads.Team;
        using var created = await bot.PostInteractionAsync(body);
        Assert.True((await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["messaged"]!.GetValue<bool>());
        var question = Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        var dm = question.Field("channel")!;
        var miss = Buttons(question).Single(b => b.GetProperty("text").GetProperty("text").GetString()!.StartsWith("MISS", StringComparison.Ordinal));

        var click = SlackPayloads.BlockActions(dm, question.Response!.Value.GetProperty("ts").GetString()!, miss.GetProperty("action_id").GetString()!, miss.GetProperty("value").GetString()!, ephemeral: false, bot.Slack.ResponseUrl("click-1"));
        using var clicked = await bot.Client.SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)), Ct);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 4, Wait, Ct);
        using var typed = await bot.Client.SendAsync(bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev1", "Nobody called me back", dm)), Ct);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 5, Wait, Ct);
        using var element = await bot.Client.SendAsync(bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev2", "Returning calls, emails and tickets", dm)), Ct);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 7, Wait, Ct);

        var vote = await bot.VoteAsync("ticket-1", SlackPayloads.Team);
        Assert.Equal((Verdict.Miss, "Nobody called me back", "returning-contacts", "slack"), (vote!.Verdict, vote.Comment, vote.ElementId, vote.Via));
        Assert.Equal(new HitMissCount(0, 1), (await bot.AggregateAsync(SlackPayloads.Team)).Votes);
        Assert.Contains(bot.Slack.CallsTo("chat.postMessage"), c => c.Field("channel") == VoteBot.AlertChannel);
    }

    private static List<JsonElement> Buttons(FakeSlackCall call) =>
        [.. call.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())];
}
