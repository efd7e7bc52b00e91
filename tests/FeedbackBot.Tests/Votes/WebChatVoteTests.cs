using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// A customer answering a feedback request in the web chat, end to end through the embedded
/// Direct Line as the chat page drives it: the reliable path for customers outside Teams and Slack.
/// </summary>
public sealed partial class WebChatVoteTests : IAsyncLifetime
{
    private const string Question = "How was your experience with Sam today?";

    private VoteBot bot = null!;
    private WebChatCustomer customer = null!;

    public async ValueTask InitializeAsync()
    {
        bot = await VoteBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:ActivityBurst"] = "1000" });
        customer = new WebChatCustomer(bot);
    }

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_ClicksHitAndSaysWhy_VoteWithCommentStoredFromWebChat()
    {
        await RequestInChatAsync("ticket-1");

        var hit = await customer.ClickAsync("HIT", "What made it work?");
        var thanks = await customer.SayAsync("Quick and friendly", "Forget me");

        Assert.Contains("we recorded your HIT", hit, StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback", thanks, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1");
        Assert.Equal((Verdict.Hit, "Quick and friendly", "webchat"), (vote!.Verdict, vote.Comment, vote.Via));
        Assert.Equal(new HitMissCount(1, 0), (await bot.AggregateAsync()).Votes);
    }

    [Fact]
    public async Task Customer_MissWithCommentAndElementThenRevotesHit_OneVoteCountedAsHit()
    {
        await RequestInChatAsync("ticket-1");

        await customer.ClickAsync("MISS", "What should we have done differently?");
        await customer.SayAsync("The parcel came a week late", "Which part of our service was it about?");
        await customer.SayAsync("Shipping", "Forget me");
        var miss = await bot.VoteAsync("ticket-1");
        var missAggregate = await bot.AggregateAsync();
        var revote = await customer.ClickAsync("HIT", "What made it work?");
        await customer.SayAsync("skip", "Forget me");

        Assert.Equal((Verdict.Miss, "The parcel came a week late", "shipping"), (miss!.Verdict, miss.Comment, miss.ElementId));
        Assert.Equal(new HitMissCount(0, 1), missAggregate.ByElement["shipping"]);
        Assert.Contains("changed your answer to HIT", revote, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1");
        Assert.Equal((Verdict.Hit, (string?)null, (string?)null), (vote!.Verdict, vote.Comment, vote.ElementId));
        var aggregate = await bot.AggregateAsync();
        Assert.Equal(new HitMissCount(1, 0), aggregate.Votes);
        Assert.Equal(0, aggregate.ByElement.GetValueOrDefault("shipping").Total);
        Assert.Single(await bot.Service<IVoteStore>().ListAsync(Tenants.Default, bot.Week, Ct));
    }

    [Fact]
    public async Task Customer_ClicksAfterTheRequestExpired_IsToldAndNothingIsStored()
    {
        await RequestInChatAsync("ticket-1");
        var (card, miss) = await customer.ButtonAsync("MISS");
        var week = bot.Week;
        bot.Time.Advance(TimeSpan.FromDays(8));

        // A week later the page's Direct Line token is long gone: it opens a fresh conversation, and the old card is clicked there.
        await customer.OpenChatAsync();
        var replies = await customer.SendAsync(WebChatCustomer.Click(card, miss), "expired");

        Assert.DoesNotContain("What should we have done differently?", replies, StringComparison.Ordinal);
        Assert.Empty(await bot.Service<IVoteStore>().ListAsync(Tenants.Default, week, Ct));
        Assert.Equal(0, (await bot.Service<IWeeklyAggregateStore>().GetAsync(Tenants.Default, week, Ct)).Votes.Total);
    }

    [Fact]
    public async Task Customer_VotesByLinkThenAnswersWhyInTheChatThePageOpens_OneVoteWithCommentAndElement()
    {
        var token = await bot.CreateRequestAsync("ticket-1");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/feedback/{token}?vote=miss");
        request.Headers.Add("Accept", "text/html");
        using var page = await bot.Client.SendAsync(request, Ct);
        var chatLink = new Uri(ChatLink().Match(await page.Content.ReadAsStringAsync(Ct)).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal));
        var ticket = System.Web.HttpUtility.ParseQueryString(chatLink.Query)["feedback"]!;

        // What the chat page does with ?feedback=: a fresh conversation, then the why-question's command.
        await customer.OpenChatAsync();
        var why = await customer.SendAsync(
            new JsonObject
            {
                ["type"] = "message",
                ["value"] = new JsonObject { ["command"] = "vote", ["ticket"] = ticket, ["why"] = "1" },
                ["channelData"] = new JsonObject { ["postBack"] = true },
            },
            "What should we have done differently?");
        await customer.SayAsync("Nobody called me back", "Which part of our service was it about?");
        await customer.SayAsync("Returning calls, emails and tickets", "Forget me");

        Assert.Equal("/", chatLink.AbsolutePath);
        Assert.DoesNotContain(Question, why, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1");
        Assert.Equal((Verdict.Miss, "Nobody called me back", "returning-contacts", "link"), (vote!.Verdict, vote.Comment, vote.ElementId, vote.Via));
        var aggregate = await bot.AggregateAsync();
        Assert.Equal(new HitMissCount(0, 1), aggregate.Votes);
        Assert.Equal(new HitMissCount(0, 1), aggregate.ByElement["returning-contacts"]);
    }

    [Fact]
    public async Task Customer_VotesThenClicksForgetMe_CommentAndIdentityGoneCountStays()
    {
        await RequestInChatAsync("ticket-1");
        await customer.ClickAsync("MISS", "What should we have done differently?");
        await customer.SayAsync("Nobody called back", "Which part of our service was it about?");
        await customer.SayAsync("skip", "Forget me");

        var confirm = await customer.ClickAsync("Forget me", "Delete all your votes and comments?");
        var done = await customer.SayAsync("yes", "we deleted your feedback on 1 interaction");

        Assert.Contains("anonymous counts", confirm, StringComparison.Ordinal);
        Assert.Contains("will not ask you again", done, StringComparison.Ordinal);
        var vote = await bot.VoteAsync("ticket-1");
        Assert.Equal(Verdict.Miss, vote!.Verdict);
        Assert.Null(vote.Comment);
        Assert.Null(vote.CustomerId);
        Assert.Equal(new HitMissCount(0, 1), (await bot.AggregateAsync()).Votes);
        var stored = await bot.Service<IFeedbackRequestStore>().FindAsync(Tenants.Default, "ticket-1", Ct);
        Assert.Null(stored!.Value.Customer.Name);
        Assert.Null(stored.Value.Customer.Email);
    }

    /// <summary>The visitor has the chat open; the helpdesk reports their interaction and the question arrives there.</summary>
    private async Task RequestInChatAsync(string interactionId)
    {
        await customer.OpenAsync();
        var body = VoteBot.Interaction(interactionId, new JsonObject
        {
            ["id"] = "cust-1",
            ["name"] = "Ada Lovelace",
            ["email"] = "ada@example.com",
            ["channel"] = "webchat",
            ["channelUserId"] = customer.UserId,
        });

        using var response = await bot.PostInteractionAsync(body);

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.True(answer!["messaged"]!.GetValue<bool>());
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await customer.TranscriptAsync()).Contains(Question, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The question never reached the web chat.");
            await Task.Delay(50, Ct);
        }
    }

    [GeneratedRegex("href=\"([^\"]*\\?feedback=[^\"]*)\"")]
    private static partial Regex ChatLink();
}
