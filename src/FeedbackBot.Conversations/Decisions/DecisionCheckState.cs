using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// The decision check's answers so far, plus what the dialog loaded for its questions (the
/// element list, the statement, the evidence), so every prompt is a pure function of the state.
/// </summary>
public sealed record DecisionCheckState
{
    /// <summary>The command asked for the caller's recent checks instead of a new one.</summary>
    public bool ShowList { get; init; }

    /// <summary>Chosen when the check starts, so a turn run twice stores one record.</summary>
    public string? Id { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public bool CatalogLoaded { get; init; }

    /// <summary>The workspace's elements offered (retired ones left out).</summary>
    public IReadOnlyList<ElementOption> ElementOptions { get; init; } = [];

    public string? Statement { get; init; }

    public string? Decision { get; init; }

    public IReadOnlyList<string>? Elements { get; init; }

    public bool OtherChosen { get; init; }

    public string? OtherElement { get; init; }

    public IReadOnlyList<ElementEvidence>? Evidence { get; init; }

    public Verdict? Reaction { get; init; }

    public string? ReactionReason { get; init; }

    public bool? FindsValue { get; init; }

    public string? ValueReason { get; init; }

    public bool? CustomersAsked { get; init; }

    public bool? Honours { get; init; }
}

/// <summary>A service element as offered in the check; <paramref name="IsDefaultName"/> while a seeded element keeps its seeded (English) name.</summary>
public sealed record ElementOption(string Id, string Name, bool IsDefaultName = false);
