namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// The key under which a card submit carries the answer to the current prompt: card buttons the
/// prompts render put their choice's value here, and a card input meant to answer a prompt uses
/// it as its id.
/// </summary>
public static class PromptInputIds
{
    public const string Answer = "answer";
}
