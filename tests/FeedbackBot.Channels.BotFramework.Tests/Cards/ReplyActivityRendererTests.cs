using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.BotFramework.Tests.Cards;

public sealed class ReplyActivityRendererTests
{
    private static readonly ReplyChoice[] TwoChoices = [new("HIT", "hit"), new("MISS", "miss")];

    [Fact]
    public void Render_ChoicesOnWebChat_BecomeImBackSuggestedActions()
    {
        var message = new Activity();

        ReplyActivityRenderer.Render(new Reply { Text = "How was it?", Choices = TwoChoices }, message, "webchat");

        Assert.Equal("message", message.Type);
        Assert.Equal("How was it?", message.Text);
        Assert.Null(message.Attachments);
        Assert.Equal(["hit", "miss"], message.SuggestedActions!.Actions.Select(a => a.Value!.Value.GetString()));
        Assert.All(message.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public void Render_FourChoicesOnTeams_BecomeImBackCardButtons()
    {
        var message = new Activity();
        ReplyChoice[] four = [new("a", "1"), new("b", "2"), new("c", "3"), new("d", "4")];

        ReplyActivityRenderer.Render(new Reply { Text = "Pick", Choices = four }, message, "msteams");

        Assert.Null(message.SuggestedActions);
        var card = Assert.Single(message.Attachments!).Content!.Value;
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(4, actions.Count);
        Assert.Equal("imBack", actions[3].GetProperty("data").GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("4", actions[3].GetProperty("data").GetProperty("msteams").GetProperty("value").GetString());
    }

    [Fact]
    public void Render_CardAndChoicesOnTeams_KeepsBothAsAttachments()
    {
        var message = new Activity();

        ReplyActivityRenderer.Render(new Reply { Card = new Card { Title = "t" }, Choices = TwoChoices }, message, "msteams");

        Assert.Null(message.SuggestedActions);
        Assert.Equal(2, message.Attachments!.Count);
        Assert.All(message.Attachments, a => Assert.Equal(Attachment.AdaptiveCardContentType, a.ContentType));
    }
}
