namespace FeedbackBot.Core.DirectLine;

/// <summary>
/// Port for the embedded Direct Line channel's conversations and their transcripts: the users' and
/// the bot's activities in the order they happened. Everything a poll needs lives here, so any
/// instance can serve any client's poll.
/// </summary>
/// <remarks>
/// Invariant for readers: watermarks within a conversation are positive and strictly increasing in
/// append order, and an activity becomes visible together with its watermark. So a reader that has
/// seen watermark <c>n</c> never later finds an activity at or below <c>n</c> that it had not seen:
/// polling "after the last watermark I saw" loses nothing, even while several instances append.
/// Gaps in the numbering are allowed.
/// </remarks>
public interface IDirectLineTranscriptStore
{
    /// <summary>
    /// Records <paramref name="conversation"/> unless a conversation with its id exists. Returns
    /// true when this call created it, false when it was already started (the stored record is kept
    /// as it was). Of several concurrent calls with one id, exactly one returns true.
    /// </summary>
    Task<bool> StartConversationAsync(DirectLineConversation conversation, CancellationToken ct);

    /// <summary>The conversation with this id, or <c>null</c> when it was never started.</summary>
    Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken ct);

    /// <summary>
    /// Appends an activity to a started conversation and returns its watermark, greater than every
    /// watermark the conversation already has. Throws <see cref="KeyNotFoundException"/> when the
    /// conversation was never started.
    /// </summary>
    Task<long> AppendAsync(string conversationId, string payload, CancellationToken ct);

    /// <summary>
    /// Up to <paramref name="maxCount"/> activities with a watermark greater than
    /// <paramref name="afterWatermark"/> (0: from the start), in watermark order. Empty for a
    /// conversation that has none or was never started.
    /// </summary>
    Task<IReadOnlyList<TranscriptActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int maxCount, CancellationToken ct);
}
