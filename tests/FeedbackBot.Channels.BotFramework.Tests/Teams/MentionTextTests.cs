using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.BotFramework.Teams;

namespace FeedbackBot.Channels.BotFramework.Tests.Teams;

public sealed class MentionTextTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "FeedbackBot" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string name, string? text = null) => new()
    {
        Type = "mention",
        Text = text ?? $"<at>{name}</at>",
        Mentioned = new ChannelAccount { Id = id, Name = name },
    };

    [Fact]
    public void StripBotMention_BotMentionedFirst_LeavesTheCommand()
    {
        var activity = Message("<at>FeedbackBot</at> help", Mention("28:bot", "FeedbackBot"));

        Assert.Equal("help", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_MentionInOtherCase_IsRemovedCaseInsensitively()
    {
        var activity = Message("please <AT>feedbackbot</AT>   help", Mention("28:bot", "FeedbackBot", "<at>FeedbackBot</at>"));

        Assert.Equal("please    help", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_OtherPersonMentioned_KeepsTheirNameWithoutTags()
    {
        var activity = Message("<at>FeedbackBot</at> ask <at>Ada Lovelace</at>", Mention("28:bot", "FeedbackBot"), Mention("29:ada", "Ada Lovelace"));

        Assert.Equal("ask Ada Lovelace", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_EntityWithoutText_FallsBackToTheName()
    {
        var activity = Message("<at>FeedbackBot</at> help", new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot", Name = "FeedbackBot" } });

        Assert.Equal("help", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_TagWithAttributes_IsRemoved()
    {
        var activity = Message("<at id=\"0\">FeedbackBot</at> help");

        Assert.Equal("FeedbackBot help", MentionText.StripBotMention(activity));
    }
}
