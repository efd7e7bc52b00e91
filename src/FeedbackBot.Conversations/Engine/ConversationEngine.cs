using System.Diagnostics.Metrics;
using System.Globalization;
using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.RateLimits;
using FeedbackBot.Conversations.Root;
using FeedbackBot.Conversations.Telemetry;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// The one entry point every channel calls with a turn. Per turn it reads the conversation's
/// dialog stack, runs the dialogs, writes the stack back naming the ETag it read, and only then
/// sends the replies. When another turn (on this or another instance) saved first, the replies
/// are dropped and the turn runs again on the fresh state, a bounded number of times: so two
/// instances never overwrite each other's turn, and the user never sees answers to a state that
/// was not kept. A save that fails without an answer may still have landed (the store applied it
/// and then timed out or died): the turn reads the state again, after a pause, until it learns
/// which (<see cref="TurnAttempts"/>), and answers with what its landed write asked, or saves again,
/// so "couldn't save" is said only when the store stayed away for every check (a write of that
/// turn landing even later is the case left open, docs/reliability.md). Holds no
/// per-conversation state in memory: any instance can serve any turn.
/// </summary>
public sealed class ConversationEngine : IDisposable
{
    private readonly IDialogStateStore store;
    private readonly IStoreFailureClassifier[] storeFailures;
    private readonly DialogRegistry registry;
    private readonly DialogRunner runner;
    private readonly Dictionary<string, ICardAction> cardActions;
    private readonly DialogOptions options;
    private readonly TimeProvider time;
    private readonly TurnRateLimiter rateLimiter;
    private readonly ConversationTelemetry telemetry;
    private readonly ILogger<ConversationEngine> logger;

    public ConversationEngine(
        IDialogStateStore store,
        IEnumerable<IStoreFailureClassifier> storeFailures,
        IEnumerable<IDialog> dialogs,
        IEnumerable<DialogCommand> commands,
        IEnumerable<DialogPhrase> phrases,
        IEnumerable<ICardAction> cardActions,
        IOptions<DialogOptions> options,
        TimeProvider time,
        TurnRateLimiter rateLimiter,
        IMeterFactory meterFactory,
        ILogger<ConversationEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storeFailures);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(cardActions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(rateLimiter);
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(logger);
        this.store = store;
        this.storeFailures = [.. storeFailures];
        registry = new DialogRegistry(dialogs, commands, phrases);
        runner = new DialogRunner(registry, new RootRouter(registry));
        this.cardActions = cardActions.ToDictionary(a => a.Name, StringComparer.Ordinal);
        this.options = options.Value;
        this.time = time;
        this.rateLimiter = rateLimiter;
        telemetry = new ConversationTelemetry(meterFactory);
        this.logger = logger;
    }

    private enum AttemptResult
    {
        Saved,
        Conflict,

        /// <summary>The save failed without an answer, or the state could not be read since: it may have landed.</summary>
        Unanswered,
        StoreFailed,
    }

    /// <summary>Handles one turn; replies go to <paramref name="replies"/> once the turn's state is saved.</summary>
    public async Task HandleAsync(ConversationTurn turn, IReplySink replies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var started = time.GetTimestamp();
        using var activity = telemetry.StartTurn(turn);
        var outcome = TurnOutcome.Failed;
        var attempts = 0;
        try
        {
            var culture = SupportedCultures.Resolve(turn.Locale);
            if (rateLimiter.Admit(turn) is not TurnAdmission.Allowed and var refusal)
            {
                // Before any state is read: a flood costs no store round trips.
                outcome = TurnOutcome.RateLimited;
                if (refusal == TurnAdmission.RefusedWithNotice)
                {
                    await replies.SendAsync(Reply.FromText(ConversationTexts.Get(ConversationTexts.TooFast, culture)), ct).ConfigureAwait(false);
                }

                return;
            }

            if (FindCardAction(turn) is { } action)
            {
                // A click on a card that outlives dialogs: no dialog state is read or written.
                attempts = 1;
                outcome = await RunCardActionAsync(action, turn, culture, replies, ct).ConfigureAwait(false);
                return;
            }

            var tries = new TurnAttempts();
            (AttemptResult Result, ReplyBuffer? Replies) attempt;
            while (true)
            {
                attempts++;
                attempt = await AttemptAsync(turn, culture, tries, ct).ConfigureAwait(false);
                if (!await ShouldRetryAsync(turn, attempt.Result, tries, started, ct).ConfigureAwait(false))
                {
                    break;
                }
            }

            outcome = await FinishAsync(turn, attempt.Result, tries.Conflicts, attempt.Replies, replies, culture, ct).ConfigureAwait(false);
        }
        finally
        {
            telemetry.RecordTurn(turn, outcome, attempts, time.GetElapsedTime(started), activity);
            logger.TurnHandled(turn.Kind, turn.Conversation, outcome, attempts);
        }
    }

    public void Dispose() => telemetry.Dispose();

    private async Task<TurnOutcome> RunCardActionAsync(ICardAction action, ConversationTurn turn, CultureInfo culture, IReplySink replies, CancellationToken ct)
    {
        try
        {
            await action.HandleAsync(new CardActionContext(turn, culture, time, replies), ct).ConfigureAwait(false);
            return TurnOutcome.Completed;
        }
        catch (Exception ex) when (IsStoreOutage(ex, ct))
        {
            // The store is away, the click did nothing: the user may click again.
            logger.StoreFailed(ex, turn.Conversation);
            await replies.SendAsync(Reply.FromText(ConversationTexts.Get(ConversationTexts.SaveFailed, culture)), ct).ConfigureAwait(false);
            return TurnOutcome.StoreFailed;
        }
        catch (Exception ex) when (!IsCancellation(ex, ct))
        {
            // As for a failing dialog step: the user hears that it went wrong, never silence.
            logger.DialogFailed(ex, turn.Conversation);
            await replies.SendAsync(Reply.FromText(ConversationTexts.Get(ConversationTexts.DialogFailed, culture)), ct).ConfigureAwait(false);
            return TurnOutcome.Failed;
        }
    }

    private ICardAction? FindCardAction(ConversationTurn turn) =>
        turn.Kind == TurnKind.Message && turn.Values.TryGetValue(CardActionKeys.Action, out var name)
            ? cardActions.GetValueOrDefault(name)
            : null;

    /// <summary>
    /// One read-run-save of the turn. Before running it, the state read is checked for one of
    /// this turn's own earlier saves that landed although it went unanswered: then that attempt's
    /// replies stand and the user's answer is not applied a second time.
    /// </summary>
    private async Task<(AttemptResult Result, ReplyBuffer? Replies)> AttemptAsync(ConversationTurn turn, CultureInfo culture, TurnAttempts tries, CancellationToken ct)
    {
        StoredDialogState? stored;
        try
        {
            stored = await store.ReadAsync(turn.Conversation, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex, ct))
        {
            logger.StoreFailed(ex, turn.Conversation);
            return (tries.Unanswered ? AttemptResult.Unanswered : AttemptResult.StoreFailed, null);
        }

        var parsed = stored is null ? null : DialogStackSerializer.TryDeserialize(stored.Payload);
        if (tries.Landed(stored is not null, parsed?.Write) is { } landed)
        {
            logger.UnansweredSaveLanded(turn.Conversation);
            return (AttemptResult.Saved, landed);
        }

        var now = time.GetUtcNow();
        var frames = LoadStack(turn.Conversation, stored, parsed, now);
        var buffer = new ReplyBuffer();
        List<DialogFrame> stack;
        try
        {
            stack = await RunDialogsAsync(new TurnScope(turn, culture, buffer, time), frames, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreOutage(ex, ct))
        {
            // A step's own store call (a catalog, a log) failed with the store away: the turn is
            // not taken and nothing is saved, as when the state itself cannot be read.
            logger.StoreFailed(ex, turn.Conversation);
            return (tries.Unanswered ? AttemptResult.Unanswered : AttemptResult.StoreFailed, null);
        }

        try
        {
            var saved = await SaveAsync(turn.Conversation, stored, stack, tries, buffer, now, ct).ConfigureAwait(false);
            return (saved ? AttemptResult.Saved : AttemptResult.Conflict, buffer);
        }
        catch (Exception ex) when (!IsCancellation(ex, ct))
        {
            logger.StoreFailed(ex, turn.Conversation);
            tries.SaveUnanswered();
            return (AttemptResult.Unanswered, null);
        }
    }

    /// <summary>
    /// Whether to run the turn again: after a conflict, on the fresh state, a bounded number of
    /// times; after a save that went unanswered, after a pause, while checks and their window
    /// last, so the next attempt's read learns whether the save landed (and saves it if not).
    /// </summary>
    private async Task<bool> ShouldRetryAsync(ConversationTurn turn, AttemptResult result, TurnAttempts tries, long started, CancellationToken ct)
    {
        switch (result)
        {
            case AttemptResult.Conflict:
                tries.Conflicted();
                if (tries.Conflicts >= options.ConcurrencyAttempts)
                {
                    return false;
                }

                logger.WriteConflict(turn.Conversation, tries.Conflicts + 1);
                return true;
            case AttemptResult.Unanswered:
                if (tries.Checks >= options.SaveChecks || time.GetElapsedTime(started) >= options.SaveCheckWindow)
                {
                    return false;
                }

                tries.Checked();
                logger.CheckingUnansweredSave(turn.Conversation, tries.Checks);
                await Task.Delay(options.SaveCheckDelay, time, ct).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private IReadOnlyList<DialogFrame> LoadStack(ConversationKey conversation, StoredDialogState? stored, DialogStackSerializer.StoredStack? parsed, DateTimeOffset now)
    {
        if (stored is null)
        {
            return [];
        }

        var age = now - stored.UpdatedAt;
        if (age > options.Expiry)
        {
            logger.StackExpired(conversation, age);
            return [];
        }

        if (parsed?.Frames is not { } frames)
        {
            logger.StackUnreadable(conversation);
            return [];
        }

        if (frames.FirstOrDefault(f => registry.FindDialog(f.DialogId) is null) is { } unknown)
        {
            logger.UnknownDialog(conversation, unknown.DialogId);
            return [];
        }

        return frames;
    }

    /// <summary>A frame that no longer fits its dialog (after a release) restarts the conversation instead of failing every turn.</summary>
    private async Task<List<DialogFrame>> RunDialogsAsync(TurnScope scope, IReadOnlyList<DialogFrame> frames, CancellationToken ct)
    {
        try
        {
            return await runner.RunAsync(scope, frames, ct).ConfigureAwait(false);
        }
        catch (DialogStateException ex) when (frames.Count > 0)
        {
            logger.FrameInvalid(ex, scope.Turn.Conversation);
            scope.Replies.Clear();
            return await runner.RunAsync(scope, [], ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DialogStateException && !IsCancellation(ex, ct) && !IsStoreOutage(ex, ct))
        {
            // A bug in a dialog step must not leave the user in silence, nor stuck on the step
            // that fails every time: apologise and clear the stack (saved like any other turn).
            logger.DialogFailed(ex, scope.Turn.Conversation);
            scope.Replies.Clear();
            scope.Replies.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.DialogFailed, scope.Culture)));
            return [];
        }
    }

    /// <summary>
    /// Writes the stack against the ETag that was read, stamped with a new write id of this turn;
    /// an emptied stack is deleted the same way. Returns false when another turn saved first.
    /// </summary>
    private async Task<bool> SaveAsync(
        ConversationKey conversation, StoredDialogState? stored, List<DialogFrame> stack, TurnAttempts tries, ReplyBuffer replies, DateTimeOffset now, CancellationToken ct)
    {
        if (stack.Count > 0)
        {
            var payload = DialogStackSerializer.Serialize(stack, tries.Writing(replies));
            var written = await store.WriteAsync(conversation, payload, stored?.ETag, now, ct).ConfigureAwait(false);
            return written.Saved;
        }

        if (stored is null)
        {
            return true;
        }

        tries.Deleting(replies);
        return await store.DeleteAsync(conversation, stored.ETag, ct).ConfigureAwait(false);
    }

    private async Task<TurnOutcome> FinishAsync(
        ConversationTurn turn, AttemptResult attempt, int conflicts, ReplyBuffer? buffer, IReplySink replies, CultureInfo culture, CancellationToken ct)
    {
        switch (attempt)
        {
            case AttemptResult.Saved:
                await buffer!.FlushAsync(replies, ct).ConfigureAwait(false);
                return TurnOutcome.Completed;
            case AttemptResult.StoreFailed or AttemptResult.Unanswered:
                await replies.SendAsync(Reply.FromText(ConversationTexts.Get(ConversationTexts.SaveFailed, culture)), ct).ConfigureAwait(false);
                return TurnOutcome.StoreFailed;
            default:
                logger.GaveUpAfterConflicts(turn.Conversation, conflicts);
                await replies.SendAsync(Reply.FromText(ConversationTexts.Get(ConversationTexts.Busy, culture)), ct).ConfigureAwait(false);
                return TurnOutcome.Busy;
        }
    }

    private static bool IsCancellation(Exception exception, CancellationToken ct) =>
        exception is OperationCanceledException && ct.IsCancellationRequested;

    /// <summary>The active store's judgement (<see cref="IStoreFailureClassifier"/>): away for now, not a defect of ours.</summary>
    private bool IsStoreOutage(Exception exception, CancellationToken ct) =>
        !IsCancellation(exception, ct) && storeFailures.Any(c => c.IsOutage(exception));
}
