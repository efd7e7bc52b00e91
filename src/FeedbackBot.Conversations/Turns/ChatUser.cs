namespace FeedbackBot.Conversations.Turns;

/// <summary>The person behind a turn, as the channel identifies them (ids are opaque).</summary>
public sealed record ChatUser(string Id, string? Name);
