namespace FeedbackBot.Testing;

/// <summary>Which Connector v3 endpoint a request hit (PROTOCOLS.md 3.2).</summary>
public enum FakeBotConnectorOperation
{
    Unknown,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
}
