using System.Threading.RateLimiting;
using FeedbackBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.RateLimits;

/// <summary>What the engine does with a turn the user sent too fast.</summary>
public enum TurnAdmission
{
    /// <summary>Run it.</summary>
    Allowed,

    /// <summary>Drop it and tell the user to slow down.</summary>
    RefusedWithNotice,

    /// <summary>Drop it silently: the user was told within the last minute, and a reply to every flooded message would double the flood.</summary>
    RefusedQuietly,
}

/// <summary>
/// Chat turns per user (channel, tenant and user id), a token bucket each
/// (<see cref="RateLimitOptions.TurnsPerMinute"/>, <see cref="RateLimitOptions.TurnBurst"/>). Every
/// channel's turns meet in the engine, so this one limiter covers Teams, Slack and the web chat;
/// over HTTP the channels still answer 200, as their protocols expect, and the user gets a chat
/// message instead. Per instance: behind a load balancer a user's budget is per instance.
/// </summary>
public sealed class TurnRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<ConversationTurn>? turns;
    private readonly PartitionedRateLimiter<ConversationTurn>? notices;

    public TurnRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.TurnsPerMinute <= 0)
        {
            return;
        }

        turns = PartitionedRateLimiter.Create<ConversationTurn, string>(turn => RateLimitPartition.GetTokenBucketLimiter(
            UserKey(turn), _ => TokenBuckets.Refusing(settings.TurnsPerMinute, TimeSpan.FromMinutes(1), Math.Max(1, settings.TurnBurst))));
        notices = PartitionedRateLimiter.Create<ConversationTurn, string>(turn => RateLimitPartition.GetFixedWindowLimiter(UserKey(turn), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one token for the turn's user; the bot's own events (being added) are never limited.</summary>
    public TurnAdmission Admit(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turns is null || notices is null || turn.Kind != TurnKind.Message)
        {
            return TurnAdmission.Allowed;
        }

        using var lease = turns.AttemptAcquire(turn);
        if (lease.IsAcquired)
        {
            return TurnAdmission.Allowed;
        }

        using var notice = notices.AttemptAcquire(turn);
        return notice.IsAcquired ? TurnAdmission.RefusedWithNotice : TurnAdmission.RefusedQuietly;
    }

    public void Dispose()
    {
        turns?.Dispose();
        notices?.Dispose();
    }

    private static string UserKey(ConversationTurn turn) => $"{turn.Conversation.Channel}\u001F{turn.Tenant}\u001F{turn.User.Id}";
}
