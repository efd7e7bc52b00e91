namespace FeedbackBot.Core.DirectLine;

/// <summary>
/// One activity of a Direct Line transcript as the store holds it: the serialized activity, opaque
/// to the store, and the watermark the store assigned when it was appended.
/// </summary>
/// <param name="Watermark">Position in the conversation: positive, increasing in append order.</param>
/// <param name="Payload">The activity JSON, exactly as appended.</param>
public sealed record TranscriptActivity(long Watermark, string Payload);
