using System.Net;
using System.Net.Http.Headers;
using FeedbackBot.ScaleOut.Cluster;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// How the fault run's clients behave while things break, as the real ones do, written down once:
/// <list type="bullet">
/// <item>A refused connection (the killed instance's port): the load balancer's health probe has
/// failed, so the instance leaves the rotation and the request goes to the other one, counted
/// <see cref="AnswerClass.Rerouted"/>. The user sees nothing of it.</item>
/// <item>A connection broken mid-request or no answer in time: Bot Connector and Slack redeliver
/// what they got no answer to, so the request is sent once more, to the other instance, counted
/// <see cref="AnswerClass.Redelivered"/>; if that one fails too it is
/// <see cref="AnswerClass.Silence"/>.</item>
/// <item>A clear refusal (503/429 with a problem body or <c>Retry-After</c>): the client waits as
/// told (1 s when not told, at most 5 s) and tries again, as a helpdesk integration or a user
/// clicking again does; a chat reply "please try again" makes the user repeat the message.</item>
/// </list>
/// </summary>
internal sealed class FaultHandling(IReadOnlyList<BotInstance> instances, AnswerLedger ledger)
{
    /// <summary>Clear refusals of one request before the client gives up (a minute or more of waiting).</summary>
    public const int RefusalsBeforeGivingUp = 60;

    private static readonly TimeSpan NoInstanceTimeout = TimeSpan.FromMinutes(2);

    public AnswerLedger Ledger => ledger;

    public static bool IsClearRefusal(HttpStatusCode status, string? contentType, string body, RetryConditionHeaderValue? retryAfter) =>
        status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests
        && !body.Contains("   at ", StringComparison.Ordinal)
        && (retryAfter is not null || (contentType == "application/problem+json" && body.Contains("\"detail\"", StringComparison.Ordinal)));

    public static TimeSpan WaitAfterRefusal(RetryConditionHeaderValue? retryAfter)
    {
        var told = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return told is { } wait && wait > TimeSpan.Zero
            ? TimeSpan.FromTicks(Math.Min(wait.Ticks, TimeSpan.FromSeconds(5).Ticks))
            : TimeSpan.FromSeconds(1);
    }

    /// <summary><paramref name="target"/> while it is in the rotation, else another that is.</summary>
    public BotInstance Route(BotInstance target) => target.Available ? target : instances.FirstOrDefault(i => i.Available) ?? target;

    /// <summary>An instance in the rotation other than <paramref name="target"/>, else <paramref name="target"/> if it still is; waits while none is.</summary>
    public async Task<BotInstance> OtherThanAsync(BotInstance target, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + NoInstanceTimeout;
        while (true)
        {
            if (instances.FirstOrDefault(i => i != target && i.Available) is { } other)
            {
                return other;
            }

            if (target.Available)
            {
                return target;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TurnFailedException($"no instance in the rotation for {NoInstanceTimeout.TotalSeconds:0} s");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct).ConfigureAwait(false);
        }
    }
}
