using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Summaries;
using FeedbackBot.Tests.DirectLine;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// Endpoints that do not expect the store to fail (the summary downloads, Direct Line) still answer
/// a store outage with 503, a problem body and Retry-After, never a 500: whether Azurite is stopped
/// (connections refused) or frozen (connections accepted, nothing answers, so the SDK's network
/// timeout fires and surfaces as a <see cref="TaskCanceledException"/> inside an
/// <see cref="AggregateException"/>).
/// </summary>
public sealed class StoreOutageAnswerTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> ShortStoreTimeouts = new()
    {
        ["Storage:TableStorage:NetworkTimeout"] = "00:00:01",
        ["Storage:TableStorage:MaxRetries"] = "1",
        ["Storage:TableStorage:RetryDelay"] = "00:00:00.050",
        ["DirectLine:Secret"] = DirectLineBot.Secret,
    };

    private FaultBot _bot = null!;
    private BotHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await FaultBot.StartAsync(settings: ShortStoreTimeouts);
        _host = _bot.NewHost();
        Assert.True(await Poll.ReadinessAsync(_host, HttpStatusCode.OK));
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.Azurite.ThawAsync();
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task StoreFrozen_EndpointsThatReadIt_Answer503ProblemWithRetryAfter()
    {
        var api = new DirectLineApi(_host.Client);
        var conversation = await api.StartFromPageAsync();
        var requests = Requests(conversation);

        await _bot.Azurite.FreezeAsync();
        var answers = await AnswersAsync(requests);
        await _bot.Azurite.ThawAsync();

        AssertAllUnavailable(answers);
        Assert.Empty(_bot.UnhandledExceptions());
    }

    [Fact]
    public async Task StoreStopped_EndpointsThatReadIt_Answer503ProblemWithRetryAfter()
    {
        var api = new DirectLineApi(_host.Client);
        var conversation = await api.StartFromPageAsync();
        var requests = Requests(conversation);

        await _bot.Azurite.StopAsync();
        var answers = await AnswersAsync(requests);
        await _bot.Azurite.StartAsync(Ct);

        AssertAllUnavailable(answers);
        Assert.Empty(_bot.UnhandledExceptions());
    }

    [Fact]
    public async Task StoreUnavailable_GermanClient_ProblemIsInGerman()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SummaryLink(SummaryLinkKind.Csv));
        request.Headers.AcceptLanguage.ParseAdd("de-DE");

        await _bot.Azurite.StopAsync();
        using var response = await _host.Client.SendAsync(request, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        await _bot.Azurite.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Der Dienst ist gerade nicht erreichbar.", problem.GetProperty("title").GetString());
    }

    private List<(string Name, Func<HttpRequestMessage> Create)> Requests(DirectLineApi.Conversation conversation) =>
    [
        ("summary chart", () => new HttpRequestMessage(HttpMethod.Get, SummaryLink(SummaryLinkKind.Chart))),
        ("summary CSV", () => new HttpRequestMessage(HttpMethod.Get, SummaryLink(SummaryLinkKind.Csv))),
        ("Direct Line poll", () => Bearer(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token)),
        ("Direct Line reconnect", () => Bearer(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}", conversation.Token)),
        ("Direct Line start", () => Bearer(HttpMethod.Post, "/v3/directline/conversations", DirectLineBot.Secret)),
    ];

    private async Task<List<(string Name, HttpStatusCode Status, string? RetryAfter, string? ContentType, string Body)>> AnswersAsync(
        IEnumerable<(string Name, Func<HttpRequestMessage> Create)> requests)
    {
        var answers = new List<(string, HttpStatusCode, string?, string?, string)>();
        foreach (var (name, create) in requests)
        {
            using var request = create();
            using var response = await _host.Client.SendAsync(request, Ct);
            answers.Add((name, response.StatusCode, response.Headers.RetryAfter?.ToString(), response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(Ct)));
        }

        return answers;
    }

    private static void AssertAllUnavailable(List<(string Name, HttpStatusCode Status, string? RetryAfter, string? ContentType, string Body)> answers) =>
        Assert.All(answers, a =>
        {
            Assert.True(a.Status == HttpStatusCode.ServiceUnavailable, $"{a.Name} answered {(int)a.Status}: {a.Body}");
            Assert.Equal("5", a.RetryAfter);
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.Contains("\"status\":503", a.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", a.Body, StringComparison.Ordinal);
        });

    private static HttpRequestMessage Bearer(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { });
        }

        return request;
    }

    private string SummaryLink(SummaryLinkKind kind)
    {
        var tokens = _host.Services.GetRequiredService<SummaryLinkTokens>();
        var ticket = new SummaryLinkTicket(kind, "tenant-outage", IsoWeek.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc), null, "en", DateTimeOffset.UtcNow.AddHours(1));
        return $"/summaries/{tokens.Issue(ticket)}/{(kind == SummaryLinkKind.Chart ? SummaryEndpoints.ChartFile : SummaryEndpoints.CsvFile)}";
    }
}
