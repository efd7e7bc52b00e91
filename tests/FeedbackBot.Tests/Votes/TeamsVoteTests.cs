using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Votes;

/// <summary>A customer answering a feedback request in Teams, end to end through /api/messages and the fake Connector.</summary>
public sealed class TeamsVoteTests : IAsyncLifetime
{
    private VoteBot bot = null!;
    private TeamsCustomer customer = null!;

    public async ValueTask InitializeAsync()
    {
        bot = await VoteBot.StartAsync();
        customer = new TeamsCustomer(bot);

        // The customer talked to the bot before, so the bot knows where to reach them.
        await customer.SendAsync("hi");
    }

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_HitWithCommentThenRevotesMissWithCommentAndElement_OneVoteCountedExactly()
    {
        await RequestAsync("ticket-1");

        var hit = await customer.SendAsync(null, customer.Button("HIT"), replies: 3);
        await customer.SendAsync("Fast and friendly", replies: 2);
        var afterHit = await bot.VoteAsync("ticket-1", Activities.TenantId);
        var revote = await customer.SendAsync(null, customer.Button("MISS"), replies: 3);
        await customer.SendAsync("The parcel came a week late", replies: 1);
        var thanks = await customer.SendAsync("Shipping", replies: 2);

        Assert.Contains("we recorded your HIT", TeamsCustomer.Visible(hit), StringComparison.Ordinal);
        Assert.Contains("What made it work?", TeamsCustomer.Visible(hit), StringComparison.Ordinal);
        Assert.Equal((Verdict.Hit, "Fast and friendly"), (afterHit!.Verdict, afterHit.Comment));
        Assert.Contains("changed your answer to MISS", TeamsCustomer.Visible(revote), StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback", TeamsCustomer.Visible(thanks), StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", Activities.TenantId);
        Assert.Equal((Verdict.Miss, "The parcel came a week late", "shipping"), (vote!.Verdict, vote.Comment, vote.ElementId));
        var aggregate = await bot.AggregateAsync(Activities.TenantId);
        Assert.Equal(new HitMissCount(0, 1), aggregate.Votes);
        Assert.Equal(new HitMissCount(0, 1), aggregate.ByElement["shipping"]);
        Assert.Equal(new HitMissCount(0, 1), aggregate.ByTeam["support"]);
    }

    [Fact]
    public async Task Customer_TypesHitInsteadOfClicking_IsUnderstood()
    {
        await RequestAsync("ticket-1");

        var replies = await customer.SendAsync("hit", replies: 2);

        Assert.Contains("we recorded your HIT", TeamsCustomer.Visible(replies), StringComparison.Ordinal);
        Assert.Equal(Verdict.Hit, (await bot.VoteAsync("ticket-1", Activities.TenantId))!.Verdict);
    }

    [Fact]
    public async Task Customer_ClicksAfterTheRequestExpired_IsToldAndNothingIsStored()
    {
        await RequestAsync("ticket-1");
        var week = bot.Week;
        bot.Time.Advance(TimeSpan.FromDays(8));

        var replies = await customer.SendAsync(null, customer.Button("HIT"));

        Assert.Contains("expired", TeamsCustomer.Visible(replies), StringComparison.Ordinal);
        Assert.Empty(await bot.Service<IVoteStore>().ListAsync(Activities.TenantId, week, Ct));
        Assert.Equal(0, (await bot.Service<IWeeklyAggregateStore>().GetAsync(Activities.TenantId, week, Ct)).Votes.Total);
    }

    [Fact]
    public async Task Customer_VotesByLinkThenSaysForgetMe_CommentAndIdentityGoneCountStays()
    {
        var token = await RequestAsync("ticket-1");
        using var link = await bot.Client.GetAsync($"/feedback/{token}?vote=miss", Ct);
        await customer.SendAsync(null, customer.Button("MISS"), replies: 3);
        await customer.SendAsync("Nobody called back", replies: 1);
        await customer.SendAsync("skip", replies: 2);

        var confirm = await customer.SendAsync("Forget me");
        var done = await customer.SendAsync("yes");

        Assert.Contains("Delete all your votes and comments?", string.Join("|", bot.Connector.Requests.Select(r => Activities.VisibleTextOf(r.Activity))), StringComparison.Ordinal);
        Assert.Contains("we deleted your feedback on 1 interaction", TeamsCustomer.Visible(done), StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1", Activities.TenantId);
        Assert.Equal(Verdict.Miss, vote!.Verdict);
        Assert.Null(vote.Comment);
        Assert.Null(vote.CustomerId);
        Assert.Equal(new HitMissCount(0, 1), (await bot.AggregateAsync(Activities.TenantId)).Votes);
        var request = await bot.Service<IFeedbackRequestStore>().FindAsync(Activities.TenantId, "ticket-1", Ct);
        Assert.Null(request!.Value.Customer.Name);
        Assert.Null(request.Value.Customer.Email);
    }

    /// <summary>The helpdesk reports an interaction with the Teams customer; the bot asks them in their chat.</summary>
    private async Task<string> RequestAsync(string interactionId)
    {
        var before = bot.Connector.Requests.Count;
        var body = VoteBot.Interaction(interactionId, new JsonObject
        {
            ["id"] = "cust-1",
            ["name"] = "Ada Lovelace",
            ["email"] = "ada@example.com",
            ["channel"] = "msteams",
            ["channelUserId"] = customer.UserId,
        });
        body["tenant"] = Activities.TenantId;
        using var response = await bot.PostInteractionAsync(body);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.True(answer!["messaged"]!.GetValue<bool>());
        await bot.Connector.WaitForRequestsAsync(before + 1, TimeSpan.FromSeconds(20), Ct);
        Assert.Contains("How was your experience with Sam today?", TeamsCustomer.Visible([bot.Connector.Requests[^1].Activity!.Value]), StringComparison.Ordinal);
        return VoteBot.TokenOf(answer["surveyUrl"]!.GetValue<string>());
    }
}
