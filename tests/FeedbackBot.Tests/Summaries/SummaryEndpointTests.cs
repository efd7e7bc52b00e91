using System.Globalization;
using System.Net;
using System.Text.Json;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Summaries;

/// <summary>The chart and CSV downloads behind the signed links, and their refusals.</summary>
public sealed class SummaryEndpointTests : IAsyncDisposable
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private readonly TempDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly BotHost host;

    public SummaryEndpointTests()
    {
        host = new BotHost(
            database.Path,
            new Dictionary<string, string?>
            {
                ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/base/",
                ["FeedbackBot:Summaries:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
            },
            services => services.AddSingleton<TimeProvider>(time));
    }

    [Fact]
    public async Task Chart_ValidLink_ReturnsAPng()
    {
        var links = await LinksAsync();

        using var response = await host.Client.GetAsync(Local(links.Chart!), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.StartsWith("https://bot.example.com/base/summaries/", links.Chart!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ValidLink_ReturnsTheWeeksVotesOnly()
    {
        var links = await LinksAsync();

        using var response = await host.Client.GetAsync(Local(links.Csv!), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("ticket-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("other-tenant", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("votes.csv")]
    public async Task Download_ForgedSignature_Is403Problem(string file)
    {
        var links = await LinksAsync();
        var token = Token(file == "chart.png" ? links.Chart! : links.Csv!);
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var response = await host.Client.GetAsync($"/summaries/{forged}/{file}", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Download_TenantSwappedInPayload_Is403Problem()
    {
        var links = await LinksAsync();
        var token = Token(links.Csv!);
        var signature = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var payload = System.Buffers.Text.Base64Url.EncodeToString(
            System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal)))).Replace("contoso", "fabrikam", StringComparison.Ordinal)));

        using var response = await host.Client.GetAsync($"/summaries/{payload}.{signature}/votes.csv", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Csv_AfterItsLifetime_Is403ProblemWhileTheChartStillWorks()
    {
        var links = await LinksAsync();

        time.Advance(TimeSpan.FromHours(25));
        using var csv = await host.Client.GetAsync(Local(links.Csv!), TestContext.Current.CancellationToken);
        using var chart = await host.Client.GetAsync(Local(links.Chart!), TestContext.Current.CancellationToken);

        await AssertProblemAsync(csv, HttpStatusCode.Forbidden, "expired");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
    }

    [Theory]
    [InlineData("/summaries/not-a-token/chart.png")]
    [InlineData("/summaries/a.b/votes.csv")]
    [InlineData("/summaries/%E2%9C%93.%E2%9C%93/votes.csv")]
    [InlineData("/summaries/a/chart.png")]
    public async Task Download_MalformedToken_Is404Problem(string path)
    {
        using var response = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Download_ChartTokenOnTheCsvPath_Is404Problem()
    {
        var links = await LinksAsync();

        using var response = await host.Client.GetAsync($"/summaries/{Token(links.Chart!)}/votes.csv", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        database.Dispose();
    }

    private async Task<SummaryLinkSet> LinksAsync()
    {
        _ = host.Client;
        var votes = host.Services.GetRequiredService<IVoteStore>();
        await votes.TryWriteAsync(Vote("contoso", "ticket-1"), null, TestContext.Current.CancellationToken);
        await votes.TryWriteAsync(Vote("fabrikam", "other-tenant"), null, TestContext.Current.CancellationToken);
        await host.Services.GetRequiredService<IWeeklyAggregateStore>()
            .TryWriteAsync(WeeklyAggregate.Empty("contoso", Week47) with { Votes = new HitMissCount(0, 1), Requests = 2 }, null, TestContext.Current.CancellationToken);
        return host.Services.GetRequiredService<ISummaryLinks>().Create("contoso", new SummaryQuery(Week47), CultureInfo.GetCultureInfo("en"));
    }

    private static string Token(Uri link) => link.Segments[^2].TrimEnd('/');

    private static string Local(Uri link) => $"/summaries/{Token(link)}/{link.Segments[^1]}";

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? titleContains = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        if (titleContains is not null)
        {
            Assert.Contains(titleContains, problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    private static Vote Vote(string tenant, string interaction) => new()
    {
        Tenant = tenant,
        Week = Week47,
        InteractionId = interaction,
        RequestId = "r-" + interaction,
        Verdict = Verdict.Miss,
        Comment = "=HYPERLINK(\"x\")",
        AgentId = "agent-1",
        Via = "link",
        VotedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero),
    };
}
