using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// A host for the helpdesk-facing endpoints (<c>POST /api/interactions</c>, the survey link) with two
/// API keys (one bound to a tenant), a fixed link-signing key and captured logs, and the header
/// values their fuzz runs send.
/// </summary>
internal static class HelpdeskFuzzHost
{
    public const string ApiKey = "fuzz-helpdesk-key-0123456789abcdef";
    public const string ContosoKey = "fuzz-contoso-key-0123456789abcdef";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["FeedbackBot:ApiKeys:0"] = ApiKey,
        ["FeedbackBot:ApiKeys:1"] = "contoso:" + ContosoKey,
        ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
        ["FeedbackBot:Votes:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["FeedbackBot:Votes:SampleOneIn"] = "1",
        ["FeedbackBot:Votes:AskAtMostEveryDays"] = "0",
        ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "0",
        ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "0",
        ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0",
    };

    /// <summary>ASCII header values: HttpClient refuses to send anything else, so it could not reach the host.</summary>
    public static Gen<string> HeaderText { get; } = FuzzValues.Text.Select(text =>
        new string([.. text.Where(c => c is >= ' ' and <= '~').Take(4_000)]));

    public static BotHost Start(TempDatabase database, CapturedLogs logs) =>
        new(database.Path, Settings, services => services.AddLogging(logging => logging.AddProvider(logs)));

    /// <summary>The helpdesk's body for <paramref name="interactionId"/>, in the shape ARCHITECTURE.md gives.</summary>
    public static JsonObject Interaction(string interactionId, string? tenant = null, string? channel = null) => new()
    {
        ["interactionId"] = interactionId,
        ["tenant"] = tenant,
        ["customer"] = new JsonObject
        {
            ["id"] = "cust-" + interactionId,
            ["name"] = "Ada Lovelace",
            ["email"] = "ada@example.com",
            ["channel"] = channel,
            ["channelUserId"] = channel is null ? null : "U0CUSTOMER",
        },
        ["agent"] = new JsonObject { ["id"] = "agent-7", ["name"] = "Sam" },
        ["team"] = "support",
        ["occurredAt"] = "2026-11-20T14:03:00Z",
    };

    /// <summary>Creates one request on <paramref name="host"/> and returns its survey token.</summary>
    public static async Task<string> CreateRequestAsync(BotHost host, string interactionId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(Interaction(interactionId)) };
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await host.Client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return new Uri(body!["surveyUrl"]!.GetValue<string>()).AbsolutePath.Split('/')[^1];
    }
}
