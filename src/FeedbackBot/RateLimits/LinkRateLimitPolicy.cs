using System.Threading.RateLimiting;
using FeedbackBot.Conversations.RateLimits;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.RateLimits;

/// <summary>
/// The signed links (a survey vote, a summary's chart and CSV) per client address: they need no
/// account, so the address is all there is to tell clients apart, and a client trying tokens is
/// slowed down.
/// </summary>
internal sealed class LinkRateLimitPolicy(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => HostRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        return HostRateLimits.PerMinute(HostRateLimits.Address(httpContext), settings.LinkRequestsPerMinute, settings.LinkBurst);
    }
}
