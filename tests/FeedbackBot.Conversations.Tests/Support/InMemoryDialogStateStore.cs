using System.Globalization;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>
/// An <see cref="IDialogStateStore"/> with real ETag semantics (every save gets a new ETag; a
/// write naming an old one is refused), plus hooks that let a test stage what another instance
/// would do: save between our read and write, hold readers so they race, or fail outright.
/// </summary>
internal sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<ConversationKey, StoredDialogState> states = [];
    private long version;
    private int heldReaders;
    private TaskCompletionSource? readersArrived;

    /// <summary>Runs once, inside the next write or delete, before the ETag is checked.</summary>
    public Func<Task>? BeforeNextSave { get; set; }

    /// <summary>Every write and delete reports a conflict, as if other turns always saved first.</summary>
    public bool AlwaysConflict { get; set; }

    public Exception? FailReadsWith { get; set; }

    public Exception? FailSavesWith { get; set; }

    /// <summary>
    /// Saves that take effect and then throw this, as when the store applied a write and its
    /// answer was lost (a timeout, a store killed before it answered). Each one counts down
    /// <see cref="UnansweredSavesLeft"/>.
    /// </summary>
    public Exception? LoseSaveAnswersWith { get; set; }

    public int UnansweredSavesLeft { get; set; }

    /// <summary>Saves that fail with <see cref="FailSavesWith"/> before saves work again (0: every save fails while it is set).</summary>
    public int SavesToFail { get; set; }

    /// <summary>Reads that fail with <see cref="FailReadsWith"/> before reads work again (0: every read fails while it is set).</summary>
    public int ReadsToFail { get; set; }

    public int Conflicts { get; private set; }

    /// <summary>The next <paramref name="readers"/> reads wait for each other, so they all see the same version.</summary>
    public void HoldReadsUntil(int readers)
    {
        lock (gate)
        {
            heldReaders = readers;
            readersArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public StoredDialogState? Find(ConversationKey key)
    {
        lock (gate)
        {
            return states.GetValueOrDefault(key);
        }
    }

    public void Put(ConversationKey key, string payload, DateTimeOffset updatedAt)
    {
        lock (gate)
        {
            states[key] = new StoredDialogState(payload, NextETag(), updatedAt);
        }
    }

    public async Task<StoredDialogState?> ReadAsync(ConversationKey key, CancellationToken ct)
    {
        await Task.Yield();
        if (FailReadsWith is { } failure)
        {
            if (ReadsToFail > 0 && --ReadsToFail == 0)
            {
                FailReadsWith = null;
            }

            throw failure;
        }

        // Held readers take their snapshot first and then wait for each other, so none of them
        // can save before all have read the same version.
        Task? wait = null;
        StoredDialogState? snapshot;
        lock (gate)
        {
            snapshot = states.GetValueOrDefault(key);
            if (heldReaders > 0)
            {
                heldReaders--;
                wait = readersArrived!.Task;
                if (heldReaders == 0)
                {
                    readersArrived.SetResult();
                }
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(10), ct);
        }

        return snapshot;
    }

    public async Task<StateWriteResult> WriteAsync(ConversationKey key, string payload, string? expectedETag, DateTimeOffset updatedAt, CancellationToken ct)
    {
        await BeforeSaveAsync();
        string etag;
        lock (gate)
        {
            if (!Matches(key, expectedETag))
            {
                Conflicts++;
                return StateWriteResult.Conflict;
            }

            etag = NextETag();
            states[key] = new StoredDialogState(payload, etag, updatedAt);
        }

        LoseAnswerIfAsked();
        return StateWriteResult.SavedAs(etag);
    }

    public async Task<bool> DeleteAsync(ConversationKey key, string expectedETag, CancellationToken ct)
    {
        await BeforeSaveAsync();
        lock (gate)
        {
            if (!Matches(key, expectedETag))
            {
                Conflicts++;
                return false;
            }

            states.Remove(key);
        }

        LoseAnswerIfAsked();
        return true;
    }

    private void LoseAnswerIfAsked()
    {
        if (LoseSaveAnswersWith is { } failure && UnansweredSavesLeft > 0)
        {
            UnansweredSavesLeft--;
            throw failure;
        }
    }

    private async Task BeforeSaveAsync()
    {
        var hook = BeforeNextSave;
        BeforeNextSave = null;
        if (hook is not null)
        {
            await hook();
        }

        if (FailSavesWith is { } failure)
        {
            if (SavesToFail > 0 && --SavesToFail == 0)
            {
                FailSavesWith = null;
            }

            throw failure;
        }
    }

    private bool Matches(ConversationKey key, string? expectedETag) =>
        !AlwaysConflict && states.GetValueOrDefault(key)?.ETag == expectedETag;

    private string NextETag() => $"\"{(++version).ToString(CultureInfo.InvariantCulture)}\"";
}
