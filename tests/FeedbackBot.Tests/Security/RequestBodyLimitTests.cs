using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Security;

/// <summary>
/// Every endpoint that accepts POST declares a body limit and refuses a body over it with 413. The
/// endpoints are read from the host's endpoint data source, so an endpoint added without a limit
/// fails here without anyone remembering to add it to a list.
/// </summary>
public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private SecuredBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await SecuredBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPostEndpoint_BodyOverItsLimit_Answers413()
    {
        _ = bot.Client;
        var endpoints = PostEndpoints();
        var results = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var limit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (limit is null)
            {
                results.Add($"{endpoint.RoutePattern.RawText}: no body limit declared");
                continue;
            }

            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string(' ', (int)limit.Value + 1)));
            content.Headers.ContentType = new("application/json");
            try
            {
                using var response = await bot.Client.PostAsync(Path(endpoint.RoutePattern), content, Ct);
                if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge)
                {
                    results.Add($"{endpoint.RoutePattern.RawText}: {(int)response.StatusCode} for {limit + 1} bytes");
                }
            }
            catch (HttpRequestException ex)
            {
                results.Add($"{endpoint.RoutePattern.RawText}: no answer for {limit + 1} bytes ({ex.Message} {ex.InnerException?.Message})");
            }
        }

        Assert.Empty(results);
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/interactions");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/slack/events");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/messages");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/v3/directline/tokens/generate");
    }

    [Fact]
    public async Task InteractionsEndpoint_ChunkedBodyOverTheLimit_Answers413ProblemAndStoresNothing()
    {
        var body = HelpdeskBody(new string('x', 70 * 1024));
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = content };
        request.Headers.Add("X-Api-Key", SecuredBot.ApiKey);
        request.Headers.TransferEncodingChunked = true;
        _ = bot.Client;
        var before = await Fuzzing.StoreSnapshot.TakeAsync(bot.Database.Path, Ct);

        using var response = await bot.Client.SendAsync(request, Ct);
        var after = await Fuzzing.StoreSnapshot.TakeAsync(bot.Database.Path, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task HealthEndpoints_Post_AreNotServed()
    {
        using var response = await bot.Client.PostAsync("/healthz", new StringContent("{}"), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private List<RouteEndpoint> PostEndpoints() =>
    [
        .. bot.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("POST")),
    ];

    /// <summary>The pattern with every parameter filled in, so the request reaches the endpoint.</summary>
    private static string Path(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart => "x",
            _ => "",
        }))));

    private static string HelpdeskBody(string agentName) => new JsonObject
    {
        ["interactionId"] = "ticket-big",
        ["customer"] = new JsonObject { ["id"] = "cust-1" },
        ["agent"] = new JsonObject { ["id"] = "agent-7", ["name"] = agentName },
        ["team"] = "support",
        ["occurredAt"] = "2026-11-20T14:03:00Z",
    }.ToJsonString();
}
