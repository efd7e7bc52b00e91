using System.Globalization;
using System.Threading.RateLimiting;
using FeedbackBot.Conversations.RateLimits;
using Microsoft.AspNetCore.RateLimiting;

namespace FeedbackBot.RateLimits;

/// <summary>
/// The host's HTTP rate limits (ASP.NET Core's rate limiter), from <c>FeedbackBot:RateLimits</c>:
/// per API key on <c>POST /api/interactions</c>, per client address on the signed links. A refusal
/// is 429 with <c>Retry-After</c> (seconds) and a problem body. Chat turns are limited per user in
/// the engine instead (<see cref="TurnRateLimiter"/>), because the channels must answer 200.
/// </summary>
public static class HostRateLimits
{
    public const string Interactions = "api-interactions";
    public const string Links = "signed-links";

    public static IServiceCollection AddHostRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy<string, InteractionsRateLimitPolicy>(Interactions);
            options.AddPolicy<string, LinkRateLimitPolicy>(Links);
        });
        return services;
    }

    /// <summary>A token bucket refilled every minute, or no limit when <paramref name="perMinute"/> is 0.</summary>
    internal static RateLimitPartition<string> PerMinute(string key, int perMinute, int burst) =>
        perMinute <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.Refusing(perMinute, TimeSpan.FromMinutes(1), burst));

    internal static string Address(HttpContext context) => "address:" + context.Connection.RemoteIpAddress;

    internal static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        // The bucket refills once a minute, so the wait is at most that; the lease knows it exactly.
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.",
                detail: $"Slow down: try again in {seconds} seconds.")
            .ExecuteAsync(context.HttpContext);
    }
}
