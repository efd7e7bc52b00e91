using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

/// <summary>Teams-shaped ids (PROTOCOLS.md 1.6): they contain ':' '@' ';' '=' that must be escaped in paths.</summary>
internal static class TestActivities
{
    public const string ChannelThreadId = "19:c0ffee@thread.tacv2;messageid=1575667808184";
    public const string EscapedChannelThreadId = "19%3Ac0ffee%40thread.tacv2%3Bmessageid%3D1575667808184";
    public const string MessageId = "1:1575667808184=a@b";
    public const string EscapedMessageId = "1%3A1575667808184%3Da%40b";

    public static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "28:bot", Name = "FeedbackBot" },
        Conversation = new ConversationAccount { Id = ChannelThreadId },
        Text = text,
    };
}
