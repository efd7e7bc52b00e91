namespace FeedbackBot.Conversations.Root;

/// <summary>The root's decision to begin a dialog, with the text that followed the command word.</summary>
internal sealed record DialogStart(string DialogId, string? Argument);
