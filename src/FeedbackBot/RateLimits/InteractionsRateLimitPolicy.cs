using System.Threading.RateLimiting;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Conversations.RateLimits;
using FeedbackBot.Votes;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.RateLimits;

/// <summary>
/// <c>POST /api/interactions</c> per API key, so one helpdesk flooding slows down only itself.
/// The bucket is named by a digest of the key (the key itself is not kept as a name); requests
/// without a valid key share a bucket per client address, which also slows down guessing.
/// </summary>
internal sealed class InteractionsRateLimitPolicy(ApiKeys keys, IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => HostRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        string presented = httpContext.Request.Headers[InteractionsEndpoint.ApiKeyHeader].ToString();
        var key = keys.Match(presented) is not null
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)))
            : HostRateLimits.Address(httpContext);
        var settings = options.Value;
        return HostRateLimits.PerMinute(key, settings.InteractionsPerMinute, settings.InteractionBurst);
    }
}
