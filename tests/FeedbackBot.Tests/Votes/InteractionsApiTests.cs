using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Tests.Votes;

/// <summary>POST /api/interactions as a helpdesk calls it: the happy path, idempotency, and every refusal.</summary>
public sealed class InteractionsApiTests : IAsyncLifetime
{
    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await VoteBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_NewInteraction_Returns201WithSignedLinkAndSameIdAgainReturns200SameRequest()
    {
        using var first = await bot.PostInteractionAsync(VoteBot.Interaction("ticket-4711"));
        var created = await first.Content.ReadFromJsonAsync<JsonObject>(Ct);

        using var second = await bot.PostInteractionAsync(VoteBot.Interaction("ticket-4711"));
        var again = await second.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(created!["requestId"]!.GetValue<string>(), again!["requestId"]!.GetValue<string>());
        Assert.StartsWith("https://bot.example.com/feedback/", created["surveyUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(bot.Time.GetUtcNow().AddDays(7), created["expiresAt"]!.GetValue<DateTimeOffset>());
        Assert.False(created["messaged"]!.GetValue<bool>());
        Assert.Equal(1, (await bot.AggregateAsync()).Requests);
    }

    [Fact]
    public async Task Post_CustomerOptedOut_Returns201WithoutLinkAndCountsNoRequest()
    {
        await bot.Service<CustomerPrivacy>().StopAskingAsync(Tenants.Default, "cust-1", Ct);

        using var response = await bot.PostInteractionAsync(VoteBot.Interaction("ticket-1"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("opted-out", body!["skipped"]!.GetValue<string>());
        Assert.Null(body["surveyUrl"]);
        Assert.Equal(0, (await bot.AggregateAsync()).Requests);
    }

    [Fact]
    public async Task Post_SameCustomerTwiceWithinAWeek_SecondIsNotAsked()
    {
        await bot.CreateRequestAsync("ticket-1");

        using var response = await bot.PostInteractionAsync(VoteBot.Interaction("ticket-2"));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("recently-asked", body!["skipped"]!.GetValue<string>());
        Assert.Equal(1, (await bot.AggregateAsync()).Requests);
    }

    [Theory]
    [InlineData("missing key", HttpStatusCode.Unauthorized)]
    [InlineData("wrong key", HttpStatusCode.Unauthorized)]
    [InlineData("key of another tenant", HttpStatusCode.Forbidden)]
    [InlineData("malformed JSON", HttpStatusCode.BadRequest)]
    [InlineData("unknown field", HttpStatusCode.BadRequest)]
    [InlineData("unknown nested field", HttpStatusCode.BadRequest)]
    [InlineData("10 KB customer name", HttpStatusCode.BadRequest)]
    [InlineData("unknown channel", HttpStatusCode.BadRequest)]
    [InlineData("no agent", HttpStatusCode.BadRequest)]
    [InlineData("wrong type", HttpStatusCode.BadRequest)]
    [InlineData("JSON array", HttpStatusCode.BadRequest)]
    [InlineData("not JSON", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("100 KB body", HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_BadInput_RefusedWithProblemJsonAndNothingStored(string input, HttpStatusCode expected)
    {
        using var request = BadRequest(input);

        using var response = await bot.Client.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal((int)expected, problem!["status"]!.GetValue<int>());
        Assert.Null(await bot.Service<IFeedbackRequestStore>().FindAsync(Tenants.Default, "ticket-bad", Ct));
        Assert.Null(await bot.Service<IFeedbackRequestStore>().FindAsync("contoso", "ticket-bad", Ct));
        Assert.Equal(0, (await bot.AggregateAsync()).Requests);
    }

    [Fact]
    public async Task Post_InvalidFields_NamesEachFieldInErrors()
    {
        var body = VoteBot.Interaction("ticket-bad");
        body["customer"]!["name"] = new string('x', 10 * 1024);
        body["customer"]!["channel"] = "fax";

        using var response = await bot.PostInteractionAsync(body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        var errors = problem!["errors"]!.AsObject();
        Assert.Contains("customer.name", errors.Select(e => e.Key));
        Assert.Contains("customer.channel", errors.Select(e => e.Key));
    }

    private static HttpRequestMessage BadRequest(string input)
    {
        var body = VoteBot.Interaction("ticket-bad");
        string? key = VoteBot.ApiKey;
        string? raw = null;
        var contentType = "application/json";
        switch (input)
        {
            case "missing key": key = null; break;
            case "wrong key": key = VoteBot.ApiKey + "x"; break;
            case "key of another tenant": key = "contoso-only-key-0123456789"; body["tenant"] = "fabrikam"; break;
            case "malformed JSON": raw = "{\"interactionId\": \"ticket-bad\", "; break;
            case "unknown field": body["priority"] = "high"; break;
            case "unknown nested field": body["customer"]!["phone"] = "+49 30 1234"; break;
            case "10 KB customer name": body["customer"]!["name"] = new string('A', 10 * 1024); break;
            case "unknown channel": body["customer"]!["channel"] = "fax"; body["customer"]!["channelUserId"] = "1"; break;
            case "no agent": body.Remove("agent"); break;
            case "wrong type": body["occurredAt"] = 42; break;
            case "JSON array": raw = "[]"; break;
            case "not JSON": raw = "interactionId=ticket-bad"; contentType = "application/x-www-form-urlencoded"; break;
            case "100 KB body": body["team"] = new string('t', 100 * 1024); break;
            default: throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions")
        {
            Content = new StringContent(raw ?? body.ToJsonString(), Encoding.UTF8, contentType),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
