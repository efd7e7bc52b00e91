namespace FeedbackBot.Core.Conversations;

/// <summary>
/// Port for per-conversation dialog state. The payload is opaque to the store; concurrency is
/// optimistic: every write names the ETag it read (or <c>null</c> for "must not exist yet"), and a
/// write against a newer version reports <see cref="StateWriteResult.Conflict"/> instead of
/// overwriting it.
/// </summary>
public interface IDialogStateStore
{
    /// <summary>The stored state, or <c>null</c> when the conversation has none.</summary>
    Task<StoredDialogState?> ReadAsync(ConversationKey key, CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="payload"/> if the stored version still is <paramref name="expectedETag"/>
    /// (<c>null</c>: only if nothing is stored). Failures other than a conflict throw.
    /// </summary>
    Task<StateWriteResult> WriteAsync(ConversationKey key, string payload, string? expectedETag, DateTimeOffset updatedAt, CancellationToken ct);

    /// <summary>Deletes the state if it still is at <paramref name="expectedETag"/>; false on a conflict.</summary>
    Task<bool> DeleteAsync(ConversationKey key, string expectedETag, CancellationToken ct);
}
