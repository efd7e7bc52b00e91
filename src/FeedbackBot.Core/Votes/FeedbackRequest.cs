using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// A request for a customer's HIT/MISS on one interaction (a support chat, a ticket, a call). It
/// is filed under the ISO week it was created in; its interaction id is unique per tenant.
/// </summary>
public sealed record FeedbackRequest
{
    public required string Tenant { get; init; }
    public required string InteractionId { get; init; }
    public required string RequestId { get; init; }
    public required IsoWeek Week { get; init; }
    public required FeedbackCustomer Customer { get; init; }
    public required FeedbackAgent Agent { get; init; }
    public string? Team { get; init; }

    /// <summary>Free text from the staff member who asked (never shown to other customers).</summary>
    public string? Note { get; init; }

    /// <summary>Who created it: <c>api</c> or the staff member's channel user id.</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Why the customer was not asked, or <c>null</c> when they were.</summary>
    public RequestSkipReason? Skipped { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The change that counts an asked request in its week: its <see cref="CountIntent"/>, while it exists, is still to be counted.</summary>
    public string? ChangeId { get; init; }

    /// <summary>
    /// The question in chat, for an asked customer the bot can reach there; <c>null</c> when only
    /// the link reaches them (and on rows stored before it was recorded: those are never asked
    /// again on a retry, since whether they were is unknown).
    /// </summary>
    public ChatQuestion? ChatQuestion { get; init; }

    /// <summary>Whether the customer was asked (sampling, rate limit and opt-out may skip a request).</summary>
    public bool Asked => Skipped is null;

    /// <summary>Whether a vote is still accepted at <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTimeOffset now) => Asked && now < ExpiresAt;
}

/// <summary>Why a request was recorded without asking the customer.</summary>
public enum RequestSkipReason
{
    /// <summary>Sampling asks only one in N interactions; this was not the one.</summary>
    SampledOut,

    /// <summary>The customer was asked within the last N days.</summary>
    RecentlyAsked,

    /// <summary>The customer said "stop asking me".</summary>
    OptedOut,
}

/// <summary>
/// The customer of an interaction, and where the bot can reach them directly (<see cref="Channel"/>
/// <c>webchat</c>, <c>msteams</c> or <c>slack</c> with <see cref="ChannelUserId"/>); otherwise only the link reaches them.
/// </summary>
public sealed record FeedbackCustomer(string Id, string? Name = null, string? Email = null, string? Channel = null, string? ChannelUserId = null);

/// <summary>The staff member who handled the interaction.</summary>
public sealed record FeedbackAgent(string Id, string? Name = null);
