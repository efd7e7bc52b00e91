namespace FeedbackBot.Core.Conversations;

/// <summary>
/// The outcome of a conditional state write: saved with a new ETag, or refused because another
/// turn wrote first (the caller re-reads and retries, or gives up and says so).
/// </summary>
public readonly record struct StateWriteResult(bool Saved, string? ETag)
{
    public static StateWriteResult Conflict => new(false, null);

    public static StateWriteResult SavedAs(string etag) => new(true, etag);
}
