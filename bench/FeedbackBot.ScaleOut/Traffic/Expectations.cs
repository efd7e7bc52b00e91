using System.Collections.Concurrent;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// What the traffic was told happened, as a client sees it: every interaction the helpdesk API
/// acknowledged, the last vote acknowledged per interaction (a re-vote replaces the vote), and how
/// each scripted dialog ended. The checks compare the store with this.
/// </summary>
internal sealed class Expectations
{
    private readonly ConcurrentDictionary<(string Tenant, string Interaction), string> _requests = new();
    private readonly ConcurrentDictionary<(string Tenant, string Interaction), Verdict> _votes = new();
    private readonly ConcurrentDictionary<string, DialogOutcome> _dialogs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Started, DateTimeOffset? Ended)> _dialogTimes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Owner), string> _decisions = new();
    private readonly ConcurrentDictionary<string, int> _messageCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _noRepeats = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();

    public IReadOnlyDictionary<(string Tenant, string Interaction), string> Requests => _requests;

    public IReadOnlyDictionary<(string Tenant, string Interaction), Verdict> Votes => _votes;

    public IReadOnlyDictionary<string, DialogOutcome> Dialogs => _dialogs;

    /// <summary>Decision checks whose result card came back, by owner (each owner runs one), with their title.</summary>
    public IReadOnlyDictionary<(string Tenant, string Owner), string> Decisions => _decisions;

    /// <summary>What the traffic itself saw go wrong (a wrong answer, two different request ids …).</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    public void RequestCreated(string tenant, string interactionId, string requestId) => _requests[(tenant, interactionId)] = requestId;

    /// <summary>A vote the bot acknowledged; the scenario casts one interaction's votes one after another.</summary>
    public void VoteAcknowledged(string tenant, string interactionId, Verdict verdict) => _votes[(tenant, interactionId)] = verdict;

    public void DialogStarted(string dialog)
    {
        _dialogs[dialog] = DialogOutcome.Running;
        _dialogTimes[dialog] = (DateTimeOffset.UtcNow, null);
    }

    public void DialogEnded(string dialog, bool asScripted)
    {
        _dialogs[dialog] = asScripted ? DialogOutcome.EndedAsScripted : DialogOutcome.EndedElsewhere;
        _dialogTimes.AddOrUpdate(dialog, _ => (DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), (_, t) => (t.Started, DateTimeOffset.UtcNow));
    }

    /// <summary>The dialogs that had begun before <paramref name="moment"/> and had not ended by then (or never did).</summary>
    public IReadOnlyList<string> DialogsInFlightAt(DateTimeOffset moment) =>
        [.. _dialogTimes.Where(d => d.Value.Started < moment && (d.Value.Ended is not { } ended || ended > moment)).Select(d => d.Key)];

    /// <summary>How many messages must have reached each inbox key when the traffic is over.</summary>
    public IReadOnlyDictionary<string, int> MessageCounts => _messageCounts;

    public void MessagesExpected(string inboxKey, int count) => _messageCounts[inboxKey] = count;

    /// <summary>Inbox keys where no message may arrive twice (each step of the script answers differently).</summary>
    public IReadOnlyCollection<string> NoRepeatKeys => [.. _noRepeats.Keys];

    public void NoRepeats(string inboxKey) => _noRepeats[inboxKey] = true;

    public void DecisionSaved(string tenant, string owner, string title) => _decisions[(tenant, owner)] = title;

    public void Problem(string problem) => _problems.Enqueue(problem);
}

internal enum DialogOutcome
{
    Running,
    EndedAsScripted,
    EndedElsewhere,
}
