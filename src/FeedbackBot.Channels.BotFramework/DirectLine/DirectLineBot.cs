using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>The bot's account in embedded Direct Line conversations, and the channel id its turns carry.</summary>
internal static class DirectLineBot
{
    public const string Id = "feedbackbot";
    public const string Name = "FeedbackBot";

    /// <summary>Web Chat stamps its activities with this channel id (PROTOCOLS.md 5.2); the bot sees every embedded turn as web chat.</summary>
    public const string ChannelId = "webchat";

    public static ChannelAccount Account() => new() { Id = Id, Name = Name, Role = "bot" };
}
