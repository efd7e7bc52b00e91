using System.Text;
using FeedbackBot.Core.Configuration;

namespace FeedbackBot.Core.Service;

/// <summary>
/// The invitation rules: a customer who completed the survey this quarter is not asked again, and
/// after a vote 1 in <see cref="FeedbackBotOptions.SurveyEveryNthVote"/> interactions is followed
/// by an invitation. The pick is a hash of the interaction id, not a counter: every instance
/// decides alike without shared state, and a re-vote on the same interaction decides the same.
/// </summary>
public sealed class SurveyInvitations(ISurveyAnswerStore store, FeedbackBotOptions options, TimeProvider time) : ISurveyInvitations
{
    public async Task<bool> ShouldInviteAfterVoteAsync(string tenant, string customerId, string interactionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        var every = options.SurveyEveryNthVote;
        if (every <= 0 || !IsPicked(interactionId, every))
        {
            return false;
        }

        return await CanInviteAsync(tenant, customerId, ct).ConfigureAwait(false);
    }

    public async Task<bool> CanInviteAsync(string tenant, string customerId, CancellationToken ct)
    {
        var quarter = Quarter.FromInstant(time.GetUtcNow(), WorkspaceTime.Zone(options));
        var answered = await store.FindAsync(tenant, quarter, customerId, ct).ConfigureAwait(false);
        return answered is not { Completed: true };
    }

    /// <summary>FNV-1a over the UTF-8 id: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static bool IsPicked(string interactionId, int every)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(interactionId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % (uint)every == 0;
    }
}
