using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// The one place votes are cast, from any channel or the link: reads the signed ticket, records
/// through the Core rules, and announces what was stored. A vote that could not be stored throws
/// (the caller tells the customer to try again); an announced vote is always a stored one.
/// </summary>
public sealed partial class VoteDesk(
    VoteRecorder recorder, IFeedbackRequestStore requests, IVoteStore votes, SurveyTokens tokens, IVoteEvents events, TimeProvider time, ILogger<VoteDesk> logger)
{
    /// <summary>Reads a survey token from a link or a button.</summary>
    public SurveyTokenStatus ReadTicket(string? token, out SurveyTicket? ticket) => tokens.Read(token, time.GetUtcNow(), out ticket);

    /// <summary>The request a ticket stands for and its vote so far, or <c>null</c> when the request is unknown or was never asked.</summary>
    public async Task<(FeedbackRequest Request, Vote? Vote)?> FindAsync(SurveyTicket ticket, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (await requests.FindAsync(ticket.Tenant, ticket.InteractionId, ct).ConfigureAwait(false) is not { Value.Asked: true } found)
        {
            return null;
        }

        var vote = await votes.FindAsync(ticket.Tenant, found.Value.Week, ticket.InteractionId, ct).ConfigureAwait(false);
        return (found.Value, vote?.Value);
    }

    /// <summary>Records (or replaces) the vote on the ticket's interaction.</summary>
    public async Task<VoteOutcome> VoteAsync(SurveyTicket ticket, Verdict verdict, string via, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var outcome = await recorder.RecordAsync(new VoteInput(ticket.Tenant, ticket.InteractionId, verdict, via), ct).ConfigureAwait(false);
        Announce(VoteEventKind.Recorded, outcome);
        return outcome;
    }

    /// <summary>Adds the customer's why to their vote.</summary>
    public async Task<VoteOutcome> AddDetailsAsync(SurveyTicket ticket, string? comment, string? elementId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var outcome = await recorder.AddDetailsAsync(ticket.Tenant, ticket.InteractionId, comment, elementId, ct).ConfigureAwait(false);
        Announce(VoteEventKind.DetailsAdded, outcome);
        return outcome;
    }

    /// <summary>Records who takes the follow-up of a MISS.</summary>
    public Task<VoteOutcome> TakeFollowUpAsync(string tenant, string interactionId, string staffName, CancellationToken ct) =>
        recorder.TakeFollowUpAsync(tenant, interactionId, staffName, ct);

    private void Announce(VoteEventKind kind, VoteOutcome outcome)
    {
        if (outcome is { Status: VoteStatus.Accepted, Vote: { } vote, Request: { } request })
        {
            if (outcome.DeferredFailure is { } failure)
            {
                LogDeferred(logger, failure, kind);
            }

            LogVote(logger, kind, vote.Verdict, vote.Via);
            events.Publish(new VoteEvent(kind, vote, request));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vote {Kind} and stored, but counting it (or marking its request answered) failed; the count repair job counts it")]
    private static partial void LogDeferred(ILogger logger, Exception exception, VoteEventKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vote {Kind}: {Verdict} via {Via}")]
    private static partial void LogVote(ILogger logger, VoteEventKind kind, Verdict verdict, string via);
}
