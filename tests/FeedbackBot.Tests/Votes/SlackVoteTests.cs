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

    [Fact]
    public async Task Customer_ClicksHitAndTypesWhy_VoteWithCommentStoredFromSlack()
    {
        var customer = new SlackCustomer(bot);
        await customer.RequestAsync("ticket-1");

        var hit = await customer.ClickAsync("HIT", "What made it work?");
        var thanks = await customer.SayAsync("Sorted in five minutes", "Forget me");

        Assert.Contains("we recorded your HIT", hit, StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback", thanks, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", SlackPayloads.Team);
        Assert.Equal((Verdict.Hit, "Sorted in five minutes", "slack"), (vote!.Verdict, vote.Comment, vote.Via));
        Assert.Equal(new HitMissCount(1, 0), (await bot.AggregateAsync(SlackPayloads.Team)).Votes);
        Assert.DoesNotContain(bot.Slack.CallsTo("chat.postMessage"), c => c.Field("channel") == VoteBot.AlertChannel);
    }

    [Fact]
    public async Task Customer_MissThenRevotesHitOnTheSameMessage_OneVoteCountedAsHit()
    {
        var customer = new SlackCustomer(bot);
        await customer.RequestAsync("ticket-1");
        await customer.ClickAsync("MISS", "What should we have done differently?");
        await customer.SayAsync("skip", "Which part of our service was it about?");
        await customer.SayAsync("Shipping", "Forget me");
        var missAggregate = await bot.AggregateAsync(SlackPayloads.Team);

        var revote = await customer.ClickAsync("HIT", "What made it work?");
        await customer.SayAsync("skip", "Forget me");

        Assert.Equal(new HitMissCount(0, 1), missAggregate.ByElement["shipping"]);
        Assert.Contains("changed your answer to HIT", revote, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", SlackPayloads.Team);
        Assert.Equal((Verdict.Hit, (string?)null), (vote!.Verdict, vote.ElementId));
        var aggregate = await bot.AggregateAsync(SlackPayloads.Team);
        Assert.Equal(new HitMissCount(1, 0), aggregate.Votes);
        Assert.Equal(0, aggregate.ByElement.GetValueOrDefault("shipping").Total);
        Assert.Single(await bot.Service<IVoteStore>().ListAsync(SlackPayloads.Team, bot.Week, Ct));
    }

    [Fact]
    public async Task Customer_ClicksAfterTheRequestExpired_IsToldAndNothingIsStored()
    {
        var customer = new SlackCustomer(bot);
        await customer.RequestAsync("ticket-1");
        var week = bot.Week;
        bot.Time.Advance(TimeSpan.FromDays(8));

        var replies = await customer.ClickAsync("HIT", "expired");

        Assert.DoesNotContain("What made it work?", replies, StringComparison.Ordinal);
        Assert.Empty(await bot.Service<IVoteStore>().ListAsync(SlackPayloads.Team, week, Ct));
        Assert.Equal(0, (await bot.Service<IWeeklyAggregateStore>().GetAsync(SlackPayloads.Team, week, Ct)).Votes.Total);
    }

    [Fact]
    public async Task Customer_VotesHitByLinkThenMissInTheDm_ReplacedOnceAndTheMissAlerted()
    {
        var customer = new SlackCustomer(bot);
        var token = await customer.RequestAsync("ticket-1");
        using var link = await bot.Client.GetAsync($"/feedback/{token}?vote=hit", Ct);
        var afterLink = await bot.VoteAsync("ticket-1", SlackPayloads.Team);

        var revote = await customer.ClickAsync("MISS", "What should we have done differently?");
        await customer.SayAsync("Nobody called me back", "Which part of our service was it about?");
        await customer.SayAsync("skip", "Forget me");

        Assert.Equal((Verdict.Hit, "link"), (afterLink!.Verdict, afterLink.Via));
        Assert.Contains("changed your answer to MISS", revote, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", SlackPayloads.Team);
        Assert.Equal((Verdict.Miss, "Nobody called me back"), (vote!.Verdict, vote.Comment));
        Assert.Equal(new HitMissCount(0, 1), (await bot.AggregateAsync(SlackPayloads.Team)).Votes);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);
        Assert.Contains(bot.Slack.Calls, c => c.Field("channel") == VoteBot.AlertChannel && c.AllText().Any(t => t.Contains("MISS from Ada Lovelace", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Customer_SaysForgetMeInTheDm_CommentAndIdentityGoneCountStays()
    {
        var customer = new SlackCustomer(bot);
        await customer.RequestAsync("ticket-1");
        await customer.ClickAsync("MISS", "What should we have done differently?");
        await customer.SayAsync("Nobody called back", "Which part of our service was it about?");
        await customer.SayAsync("skip", "Forget me");

        await customer.SayAsync("forget me", "Delete all your votes and comments?");
        var done = await customer.SayAsync("yes", "we deleted your feedback on 1 interaction");

        Assert.Contains("will not ask you again", done, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", SlackPayloads.Team);
        Assert.Equal(Verdict.Miss, vote!.Verdict);
        Assert.Null(vote.Comment);
        Assert.Null(vote.CustomerId);
        Assert.Equal(new HitMissCount(0, 1), (await bot.AggregateAsync(SlackPayloads.Team)).Votes);
        var request = await bot.Service<IFeedbackRequestStore>().FindAsync(SlackPayloads.Team, "ticket-1", Ct);
        Assert.Null(request!.Value.Customer.Name);
    }

    private static List<JsonElement> Buttons(FakeSlackCall call) =>
        [.. call.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())];
}
