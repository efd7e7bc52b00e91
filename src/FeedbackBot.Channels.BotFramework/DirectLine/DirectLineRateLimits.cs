using System.Globalization;
using System.Threading.RateLimiting;
using FeedbackBot.Conversations.RateLimits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>The rate limiting policies of the Direct Line endpoints (ASP.NET Core's rate limiter).</summary>
public static class DirectLineRateLimits
{
    public const string ActivityPosts = "directline-activity-posts";
    public const string ConversationStarts = "directline-conversation-starts";

    /// <summary>
    /// Seconds a refused client is asked to wait. Kept small on purpose: DirectLineJS reads
    /// Retry-After as milliseconds (PROTOCOLS.md 5.2, 8.12), and a well-behaved HTTP client reading it
    /// as seconds should not be parked long either.
    /// </summary>
    public const int RetryAfterSeconds = 1;

    internal static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; retry shortly.")
            .ExecuteAsync(context.HttpContext);
    }
}

/// <summary>
/// Posts per conversation: a token bucket keyed by the token's conversation (the secret's holder:
/// by the conversation in the URL), so one flooding client slows down only itself. Requests
/// without a valid credential share a bucket per client address; they are refused anyway.
/// </summary>
internal sealed class ActivityPostRateLimitPolicy(DirectLineAuthenticator authenticator, IOptions<DirectLineOptions> options)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var caller = authenticator.Authenticate(httpContext.Request);
        var key = caller.Kind switch
        {
            DirectLineCallerKind.Token => "conversation:" + caller.Token!.ConversationId,
            DirectLineCallerKind.Secret => "conversation:" + httpContext.Request.RouteValues["conversationId"],
            _ => "address:" + httpContext.Connection.RemoteIpAddress,
        };
        var settings = options.Value;
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.Refusing(settings.ActivitiesPerSecond, TimeSpan.FromSeconds(1), settings.ActivityBurst));
    }
}

/// <summary>New conversations and tokens per client address: each one is a row in the store.</summary>
internal sealed class ConversationStartRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        return RateLimitPartition.GetTokenBucketLimiter(
            "address:" + httpContext.Connection.RemoteIpAddress,
            _ => TokenBuckets.Refusing(settings.ConversationStartsPerMinute, TimeSpan.FromMinutes(1), settings.ConversationStartBurst));
    }
}
