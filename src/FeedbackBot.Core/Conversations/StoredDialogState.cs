namespace FeedbackBot.Core.Conversations;

/// <summary>
/// A conversation's serialized dialog state as the store holds it. <see cref="ETag"/> is the
/// version the next write must name, so two instances never overwrite each other's turn.
/// </summary>
public sealed record StoredDialogState(string Payload, string ETag, DateTimeOffset UpdatedAt);
