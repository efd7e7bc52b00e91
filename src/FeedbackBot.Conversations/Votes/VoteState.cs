namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Where a customer's vote dialog stands. <see cref="Ticket"/> is the signed token the dialog was
/// opened with; everything else is what the customer said so far.
/// </summary>
public sealed record VoteState(string Ticket)
{
    public string? AgentName { get; init; }

    /// <summary><c>hit</c> or <c>miss</c> once chosen.</summary>
    public string? Verdict { get; init; }

    public bool Recorded { get; init; }

    public bool Reminder { get; init; }

    public string? Comment { get; init; }

    public string? ElementId { get; init; }

    /// <summary>The elements offered after a MISS (id, name in the customer's language), read when the vote was stored.</summary>
    public IReadOnlyList<VoteElementChoice> Elements { get; init; } = [];
}

/// <summary>One service element as offered in the dialog.</summary>
public sealed record VoteElementChoice(string Id, string Name);
