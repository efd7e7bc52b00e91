using System.Globalization;
using System.Text.Json;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Tests.BlockKit;

/// <summary>Block Kit limits (PROTOCOLS.md 6.10): split or truncate, never fail.</summary>
public sealed class MessageRendererTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Render_TextLongerThanASection_SplitsIntoSectionsKeepingEveryWord()
    {
        var words = Enumerable.Range(0, 2000).Select(i => $"word{i}").ToList();
        var reply = Reply.FromText(string.Join(' ', words));

        var message = Assert.Single(MessageRenderer.Render(reply, English));

        var sections = message.Blocks.Cast<SectionBlock>().Select(s => s.Text!.Text).ToList();
        Assert.True(sections.Count > 1);
        Assert.All(sections, s => Assert.InRange(s.Length, 1, BlockKitLimits.SectionText));
        Assert.Equal(words, sections.SelectMany(s => s.Split(' ')));
    }

    [Fact]
    public void Render_TextWithoutSpaces_SplitsWithinTheLimit()
    {
        var reply = Reply.FromText(new string('x', 7000));

        var message = Assert.Single(MessageRenderer.Render(reply, English));

        var sections = message.Blocks.Cast<SectionBlock>().Select(s => s.Text!.Text).ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal(7000, sections.Sum(s => s.Length));
    }

    [Fact]
    public void Render_MoreThanFiftyBlocks_SplitsIntoMessagesOfAtMostFiftyWithButtonsLast()
    {
        var reply = new Reply
        {
            Text = string.Join("\n", Enumerable.Range(0, 80).Select(i => new string((char)('a' + (i % 26)), 2900))),
            Choices = [new ReplyChoice("Yes", "yes")],
        };

        var messages = MessageRenderer.Render(reply, English);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Blocks.Count, 1, BlockKitLimits.BlocksPerMessage));
        Assert.IsType<ActionsBlock>(messages[^1].Blocks[^1]);
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, BlockKitLimits.MessageText));
    }

    [Fact]
    public void RenderOne_MoreThanFiftyBlocks_ShortensToFiftyKeepingButtonsAndSayingSo()
    {
        var reply = new Reply
        {
            Text = string.Join("\n", Enumerable.Range(0, 80).Select(_ => new string('a', 2900))),
            Choices = [new ReplyChoice("Yes", "yes")],
        };

        var message = MessageRenderer.RenderOne(reply, English);

        Assert.Equal(BlockKitLimits.BlocksPerMessage, message.Blocks.Count);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.IsType<ContextBlock>(message.Blocks[^2]);
    }

    [Fact]
    public void Render_LongButtonAndHeaderTexts_AreTruncatedWithAnEllipsis()
    {
        var card = new Card
        {
            Title = new string('T', 400),
            Buttons = [new CardButton(new string('B', 200), new Dictionary<string, string> { ["answer"] = "yes" })],
        };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        var header = Assert.IsType<HeaderBlock>(message.Blocks[0]);
        var button = Assert.Single(Assert.IsType<ActionsBlock>(message.Blocks[^1]).Elements);
        Assert.Equal(BlockKitLimits.HeaderText, header.Text.Text.Length);
        Assert.EndsWith("…", header.Text.Text, StringComparison.Ordinal);
        Assert.Equal(BlockKitLimits.ButtonText, button.Text.Text.Length);
        Assert.EndsWith("…", button.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyButtonsAndFacts_StayWithinTheirPerBlockLimits()
    {
        var card = new Card
        {
            Facts = [.. Enumerable.Range(0, 23).Select(i => new CardFact($"Label {i}", new string('v', 3000)))],
            Buttons = [.. Enumerable.Range(0, 30).Select(i => new CardButton($"B{i}", new Dictionary<string, string> { ["answer"] = $"{i}" }))],
        };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        var fieldSections = message.Blocks.OfType<SectionBlock>().Where(s => s.Fields is not null).ToList();
        var actions = message.Blocks.OfType<ActionsBlock>().ToList();
        Assert.Equal([10, 10, 3], fieldSections.Select(s => s.Fields!.Count));
        Assert.All(fieldSections.SelectMany(s => s.Fields!), f => Assert.InRange(f.Text.Length, 1, BlockKitLimits.FieldText));
        Assert.Equal([25, 5], actions.Select(a => a.Elements.Count));
        Assert.Equal(30, actions.SelectMany(a => a.Elements).Select(e => e.ActionId).Distinct().Count());
    }

    [Fact]
    public void Render_ButtonData_TravelsAsJsonInTheValue()
    {
        var card = new Card { Buttons = [new CardButton("Yes", new Dictionary<string, string> { ["answer"] = "yes", ["vote"] = "hit \"quoted\"" })] };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        var button = Assert.Single(Assert.IsType<ActionsBlock>(message.Blocks[^1]).Elements);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(button.Value);
        Assert.Equal(new Dictionary<string, string> { ["answer"] = "yes", ["vote"] = "hit \"quoted\"" }, data);
    }

    [Fact]
    public void Render_UserTextWithMentionAndLinkSyntax_IsEscapedSoItCannotPing()
    {
        var reply = Reply.FromText("<!channel> & <@U123> **bold**");

        var message = Assert.Single(MessageRenderer.Render(reply, English));

        var section = Assert.IsType<SectionBlock>(Assert.Single(message.Blocks));
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U123&gt; *bold*", section.Text!.Text);
    }

    [Fact]
    public void Render_CardWithInputs_AsksForATypedAnswerNamingTheFields()
    {
        var card = new Card { Text = "Your name?", Inputs = [new TextCardInput("answer", "Name")] };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        var context = Assert.IsType<ContextBlock>(message.Blocks[^1]);
        Assert.Contains("Name", Assert.Single(context.Elements).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReply_StillHasFallbackText()
    {
        var message = Assert.Single(MessageRenderer.Render(new Reply(), English));

        Assert.False(string.IsNullOrEmpty(message.Text));
    }

    [Fact]
    public void Serialize_RenderedMessage_WritesBlockKitTypesAndSnakeCaseNames()
    {
        var card = new Card
        {
            Title = "Title",
            Buttons = [new CardButton("Go", new Dictionary<string, string> { ["answer"] = "go" }, ButtonStyle.Positive)],
        };
        var message = Assert.Single(MessageRenderer.Render(new Reply { Text = "Hi", Card = card }, English));

        var json = JsonSerializer.SerializeToElement(message.Blocks, SlackJson.Options);

        Assert.Equal(["section", "header", "actions"], json.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        var button = json[2].GetProperty("elements")[0];
        Assert.Equal("button", button.GetProperty("type").GetString());
        Assert.Equal("reply.button.0", button.GetProperty("action_id").GetString());
        Assert.Equal("primary", button.GetProperty("style").GetString());
        Assert.Equal("plain_text", button.GetProperty("text").GetProperty("type").GetString());
        Assert.False(json[0].TryGetProperty("block_id", out _));
    }
}
