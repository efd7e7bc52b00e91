namespace FeedbackBot.Core.Conversations;

/// <summary>
/// Identifies one conversation on one channel. Ids are opaque and compared ordinally: the same
/// conversation id may exist on two channels, so the channel is part of the key.
/// </summary>
public readonly record struct ConversationKey(string Channel, string ConversationId)
{
    public override string ToString() => $"{Channel}|{ConversationId}";
}
