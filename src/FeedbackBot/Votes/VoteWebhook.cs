using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Votes;

/// <summary>
/// The optional outgoing webhook: every stored vote (and every added why) is POSTed as JSON to
/// <c>FeedbackBot:Votes:WebhookUrl</c>. The receiver checks <c>X-FeedbackBot-Signature</c>:
/// <c>sha256=</c> + hex HMAC-SHA256 over <c>{X-FeedbackBot-Timestamp}.{body}</c> with the shared
/// secret (the Slack scheme, so a replayed old body fails the timestamp check). Transient failures
/// are retried by the client's resilience pipeline (<see cref="HttpClientName"/>).
/// </summary>
public sealed partial class VoteWebhook(IHttpClientFactory clients, IOptions<VoteOptions> options, TimeProvider time, ILogger<VoteWebhook> logger) : IVoteListener
{
    public const string HttpClientName = "vote-webhook";
    public const string SignatureHeader = "X-FeedbackBot-Signature";
    public const string TimestampHeader = "X-FeedbackBot-Timestamp";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task OnVoteAsync(VoteEvent voteEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(voteEvent);
        if (options.Value.WebhookUrl is not { } url || options.Value.WebhookSecret is not { Length: > 0 } secret)
        {
            return;
        }

        var body = JsonSerializer.Serialize(Payload(voteEvent), Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(logger, (int)response.StatusCode);
        }
    }

    /// <summary>The signature header value for a body sent at <paramref name="timestamp"/> (unix seconds).</summary>
    public static string Sign(string secret, string timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    private static object Payload(VoteEvent e) => new
    {
        @event = e.Kind == VoteEventKind.Recorded ? "vote.recorded" : "vote.details",
        tenant = e.Vote.Tenant,
        interactionId = e.Vote.InteractionId,
        requestId = e.Vote.RequestId,
        week = e.Vote.Week.ToString(),
        verdict = e.Vote.Verdict == Verdict.Hit ? "hit" : "miss",
        comment = e.Vote.Comment,
        elementId = e.Vote.ElementId,
        agentId = e.Vote.AgentId,
        team = e.Vote.Team,
        customerId = e.Vote.CustomerId,
        via = e.Vote.Via,
        votedAt = e.Vote.VotedAt,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The vote webhook answered {Status} after retries; the vote is stored but the helpdesk did not take it")]
    private static partial void LogRefused(ILogger logger, int status);
}
