using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Tests.Votes;

/// <summary>GET /feedback/{token}?vote=hit|miss: one-click votes, the page, and every refusal.</summary>
public sealed class SurveyLinkTests : IAsyncLifetime
{
    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await VoteBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_HitThenMiss_ReplacesTheVoteAndKeepsTheAggregateExact()
    {
        var token = await bot.CreateRequestAsync("ticket-1");

        using var hit = await bot.Client.GetAsync($"/feedback/{token}?vote=hit", Ct);
        var afterHit = await bot.AggregateAsync();
        using var miss = await bot.Client.GetAsync($"/feedback/{token}?vote=MISS", Ct);
        var afterMiss = await bot.AggregateAsync();

        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Equal(new HitMissCount(1, 0), afterHit.Votes);
        Assert.Equal(new HitMissCount(0, 1), afterMiss.Votes);
        Assert.Equal(new HitMissCount(0, 1), afterMiss.ByAgent["agent-7"]);
        var vote = await bot.VoteAsync("ticket-1");
        Assert.Equal(Verdict.Miss, vote!.Verdict);
        Assert.Equal("link", vote.Via);
    }

    [Fact]
    public async Task Link_BrowserInGerman_ShowsThePageWithTheWhyQuestionInTheWebChat()
    {
        var token = await bot.CreateRequestAsync("ticket-1");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/feedback/{token}?vote=miss");
        request.Headers.Add("Accept", "text/html");
        request.Headers.Add("Accept-Language", "de-DE,de;q=0.9,en;q=0.5");

        using var response = await bot.Client.SendAsync(request, Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Wir haben Ihr MISS gespeichert", page, StringComparison.Ordinal);
        Assert.Contains($"https://bot.example.com/?feedback={token}", page, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Miss_IsPostedToTheTeamsAlertChannelWithAFollowUpButton()
    {
        var token = await bot.CreateRequestAsync("ticket-1");

        using var response = await bot.Client.GetAsync($"/feedback/{token}?vote=miss", Ct);

        await bot.Slack.WaitForCallsAsync("chat.postMessage", 1, TimeSpan.FromSeconds(20), Ct);
        var alert = Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(VoteBot.AlertChannel, alert.Field("channel"));
        Assert.Contains(alert.AllText(), t => t.Contains("MISS from Ada Lovelace", StringComparison.Ordinal));
        Assert.Contains(alert.AllText(), t => t.Contains("I'll follow up", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("forged", "hit", HttpStatusCode.NotFound)]
    [InlineData("garbage", "hit", HttpStatusCode.NotFound)]
    [InlineData("valid", "maybe", HttpStatusCode.BadRequest)]
    [InlineData("valid", "neutral", HttpStatusCode.BadRequest)]
    [InlineData("valid", "hit&vote=miss", HttpStatusCode.BadRequest)]
    [InlineData("valid", "", HttpStatusCode.BadRequest)]
    [InlineData("overlong", "hit", HttpStatusCode.NotFound)]
    public async Task Link_BadInput_RefusedWithProblemJsonAndNothingStored(string tokenKind, string vote, HttpStatusCode expected)
    {
        var token = await bot.CreateRequestAsync("ticket-1");
        var presented = tokenKind switch
        {
            "forged" => token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"),
            "garbage" => "not-a-token",
            "overlong" => new string('A', 3_000),
            _ => token,
        };

        using var response = await bot.Client.GetAsync($"/feedback/{presented}?vote={vote}", Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["title"]);
        Assert.Null(await bot.VoteAsync("ticket-1"));
        Assert.Equal(0, (await bot.AggregateAsync()).Votes.Total);
    }

    [Fact]
    public async Task Link_AfterExpiry_Returns410AndStoresNothing()
    {
        var token = await bot.CreateRequestAsync("ticket-1");
        bot.Time.Advance(TimeSpan.FromDays(7));

        using var response = await bot.Client.GetAsync($"/feedback/{token}?vote=hit", Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(await bot.VoteAsync("ticket-1"));
    }

    [Fact]
    public async Task Link_WithoutVote_AsksWithBothButtonsAndStoresNothing()
    {
        var token = await bot.CreateRequestAsync("ticket-1");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/feedback/{token}");
        request.Headers.Add("Accept", "text/html");

        using var response = await bot.Client.SendAsync(request, Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("How was your experience with Sam today?", page, StringComparison.Ordinal);
        Assert.Contains("?vote=hit", page, StringComparison.Ordinal);
        Assert.Contains("?vote=miss", page, StringComparison.Ordinal);
        Assert.Null(await bot.VoteAsync("ticket-1"));
    }
}
