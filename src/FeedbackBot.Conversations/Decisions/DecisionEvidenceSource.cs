using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// Reads what the bot knows about the touched elements: the weekly aggregates of the last
/// <see cref="DecisionEvidence.Weeks"/> ISO weeks in the workspace's time zone, and the customers'
/// rankings.
/// </summary>
public sealed class DecisionEvidenceSource(
    IWeeklyAggregateStore aggregates,
    IElementRankings rankings,
    IOptions<FeedbackBotOptions> options,
    TimeProvider time)
{
    public async Task<IReadOnlyList<ElementEvidence>> ForAsync(string tenant, IReadOnlyList<ElementOption> touched, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(touched);
        if (touched.Count == 0)
        {
            return [];
        }

        var current = IsoWeek.FromInstant(time.GetUtcNow(), Zone());
        var weeks = await aggregates.ListAsync(tenant, current.Minus(DecisionEvidence.Weeks - 1), current, ct).ConfigureAwait(false);
        var ranked = await rankings.GetAsync(tenant, ct).ConfigureAwait(false);
        return DecisionEvidence.For(touched.Select(e => new ServiceElement(e.Id, e.Name)), weeks, ranked);
    }

    /// <summary>An unknown zone falls back to UTC rather than failing the check; the host validates the setting at start.</summary>
    private TimeZoneInfo Zone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
