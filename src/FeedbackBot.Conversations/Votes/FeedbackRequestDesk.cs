using System.Diagnostics;
using System.Diagnostics.Metrics;
using FeedbackBot.Core.Telemetry;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Creates a feedback request (from the helpdesk API or staff in chat) and, when the customer is
/// to be asked and the bot can reach them, asks them in chat: on the call that created the request,
/// or on a retry when that call never did (it failed after the row was stored, its instance died,
/// or the chat send failed). The question is claimed on the request row first (<see cref="ChatQuestions"/>),
/// so concurrent retries on several instances ask once; a retry that finds another one sending
/// waits for its outcome, and tries itself if that one gave up.
/// </summary>
public sealed partial class FeedbackRequestDesk : IDisposable
{
    /// <summary>How long a retry waits for another instance that is sending the question before it answers "not messaged".</summary>
    public static readonly TimeSpan WaitForOtherSender = TimeSpan.FromSeconds(15);

    // A send takes tens of milliseconds: look soon, then back off so a long wait costs few reads.
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    private readonly FeedbackRequests requests;
    private readonly ChatQuestions questions;
    private readonly SurveyDelivery delivery;
    private readonly SurveyLinks links;
    private readonly ILogger<FeedbackRequestDesk> logger;
    private readonly Meter meter;
    private readonly Counter<long> outcomes;

    public FeedbackRequestDesk(
        FeedbackRequests requests, ChatQuestions questions, SurveyDelivery delivery, SurveyLinks links, IMeterFactory meterFactory, ILogger<FeedbackRequestDesk> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.requests = requests;
        this.questions = questions;
        this.delivery = delivery;
        this.links = links;
        this.logger = logger;
        meter = meterFactory.Create(TelemetryNames.Root);
        outcomes = meter.CreateCounter<long>(
            "feedbackbot.requests.chat_questions", "{request}", "Requests whose customer is reachable in chat, by what this call did about the question.");
    }

    /// <summary>
    /// Creates the request or returns the interaction's existing one; <see cref="RequestResult.Delivered"/>
    /// is whether the customer has the question in chat (asked by this call or an earlier one).
    /// A store failure propagates (the request may be stored; the same call again is safe).
    /// </summary>
    public async Task<RequestResult> CreateAsync(NewInteraction interaction, CancellationToken ct)
    {
        var creation = await requests.CreateAsync(interaction, ct).ConfigureAwait(false);
        if (creation.DeferredFailure is { } failure)
        {
            LogDeferred(logger, failure);
        }

        var (request, created) = creation;
        var messaged = request.ChatQuestion is not null && await AskAsync(request, ct).ConfigureAwait(false);
        return new RequestResult(request, created, messaged, request.Asked ? links.LinkFor(request) : null);
    }

    public void Dispose() => meter.Dispose();

    private async Task<bool> AskAsync(FeedbackRequest request, CancellationToken ct)
    {
        var waitingSince = Stopwatch.GetTimestamp();
        var poll = FirstPoll;
        while (true)
        {
            var claim = await questions.ClaimAsync(request, ct).ConfigureAwait(false);
            switch (claim.Status)
            {
                case ChatQuestionStatus.Claimed:
                    return await SendAsync(claim, ct).ConfigureAwait(false);
                case ChatQuestionStatus.Sent:
                    Count("already_sent");
                    return true;
                case ChatQuestionStatus.NotDue:
                    return false;
            }

            if (Stopwatch.GetElapsedTime(waitingSince) >= WaitForOtherSender)
            {
                // The link is in the answer; if the other sender fails or died, a later retry asks.
                Count("other_sender_pending");
                LogOtherSenderPending(logger, WaitForOtherSender.TotalSeconds);
                return false;
            }

            // Another instance is sending it: its outcome decides the answer (a real wait, not the domain clock).
            await Task.Delay(poll, ct).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
        }
    }

    private async Task<bool> SendAsync(ChatQuestionClaim claim, CancellationToken ct)
    {
        if (await delivery.TryDeliverAsync(claim.Request, reminder: false, ct).ConfigureAwait(false))
        {
            Count("sent");

            // The customer has the question; a store failure here only leaves the claim to expire.
            if (await questions.TryRecordSentAsync(claim, ct).ConfigureAwait(false) is { } unrecorded)
            {
                LogClaimNotUpdated(logger, unrecorded, "sent");
            }

            return true;
        }

        // Given back, so the helpdesk's next retry asks again; the answer says "not messaged" and carries the link.
        Count("failed");
        if (await questions.TryReleaseAsync(claim, ct).ConfigureAwait(false) is { } unreleased)
        {
            LogClaimNotUpdated(logger, unreleased, "released");
        }

        return false;
    }

    private void Count(string outcome) => outcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A feedback request is stored, but counting it in its week failed; the count repair job counts it")]
    private static partial void LogDeferred(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another call was still asking the customer after {Seconds} s; this one answers not messaged (the survey link stands)")]
    private static partial void LogOtherSenderPending(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat question could not be recorded as {Outcome} on the request; its claim expires instead")]
    private static partial void LogClaimNotUpdated(ILogger logger, Exception exception, string outcome);
}

/// <summary>
/// A request, whether this call created it, whether the customer has the question in chat, and its
/// survey link (<c>null</c> when the customer is not asked: sampling, rate limit or opt-out).
/// </summary>
public sealed record RequestResult(FeedbackRequest Request, bool Created, bool Delivered, Uri? SurveyUrl);
