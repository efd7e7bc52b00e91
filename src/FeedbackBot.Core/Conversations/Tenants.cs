namespace FeedbackBot.Core.Conversations;

/// <summary>Tenant ids with a meaning of their own.</summary>
public static class Tenants
{
    /// <summary>
    /// The tenant of turns whose channel has none (web chat, the Emulator): a self-hosted bot
    /// serves one company, whose data lives here.
    /// </summary>
    public const string Default = "default";
}
