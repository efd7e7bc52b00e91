using System.Globalization;
using System.Text.Json;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Tests.BlockKit;

public sealed class ModalRendererTests
{
    private static readonly ModalContext Context = new("C1", "1700000000.000100", Ephemeral: true, Form: "F1");

    [Fact]
    public void Render_FormCard_InputsKeepTheirIdsAsBlockAndActionIds()
    {
        var card = new Card
        {
            Title = "Decision check for the whole team, please",
            Inputs =
            [
                new TextCardInput("decision", "Decision", Placeholder: "What did you decide?", IsMultiline: true, MaxLength: 500),
                new ChoiceCardInput("reaction", "Reaction", [new CardChoice("Hit", "hit"), new CardChoice("Miss", "miss")]),
            ],
            Buttons = [new CardButton("Record it", new Dictionary<string, string> { ["step"] = "decision" })],
        };

        var view = ModalRenderer.Render(new Reply { Card = card }, Context, CultureInfo.GetCultureInfo("en"));

        var inputs = view.Blocks.OfType<InputBlock>().ToList();
        Assert.Equal(["decision", "reaction"], inputs.Select(i => i.BlockId));
        Assert.Equal(["decision", "reaction"], inputs.Select(i => i.Element.ActionId));
        Assert.True(((PlainTextInputElement)inputs[0].Element).Multiline);
        Assert.Equal(["hit", "miss"], ((StaticSelectElement)inputs[1].Element).Options.Select(o => o.Value));
        Assert.Equal(FormSlackIds.FormCallback, view.CallbackId);
        Assert.True(view.NotifyOnClose);
        Assert.InRange(view.Title.Text.Length, 1, BlockKitLimits.ViewTitle);
        Assert.Equal("Record it", view.Submit!.Text);
    }

    [Fact]
    public void Render_PersonAndOptionalNote_UsersSelectThenAnOptionalTextBlock()
    {
        var card = new Card
        {
            Inputs = [new PersonCardInput("answer", "Customer", "@name"), new TextCardInput("note", "Note (optional)", IsOptional: true)],
            Buttons = [new CardButton("Ask for feedback", new Dictionary<string, string>())],
        };

        var view = ModalRenderer.Render(new Reply { Card = card }, Context, CultureInfo.GetCultureInfo("en"));

        var inputs = view.Blocks.OfType<InputBlock>().ToList();
        var picker = Assert.IsType<UsersSelectElement>(inputs[0].Element);
        Assert.Equal(("answer", "answer", "@name"), (inputs[0].BlockId, picker.ActionId, picker.Placeholder!.Text));
        Assert.Equal([false, true], inputs.Select(i => i.Optional));
        var json = JsonSerializer.SerializeToNode(view, SlackJson.Options)!;
        Assert.Equal("users_select", json["blocks"]![0]!["element"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Render_FormCard_PrivateMetadataCarriesTheConversationAndTheSubmitData()
    {
        var card = new Card
        {
            Inputs = [new TextCardInput("answer", "Name")],
            Buttons = [new CardButton("Send", new Dictionary<string, string> { ["step"] = "name" })],
        };

        var view = ModalRenderer.Render(new Reply { Card = card }, Context, CultureInfo.GetCultureInfo("en"));

        var context = ModalContext.TryParse(view.PrivateMetadata);
        Assert.NotNull(context);
        Assert.Equal(("C1", "1700000000.000100", true, "F1"), (context.ChannelId, context.ThreadTs, context.Ephemeral, context.Form));
        Assert.Equal(new Dictionary<string, string> { ["step"] = "name" }, context.Data);
    }

    [Fact]
    public void Render_NoButton_UsesTheLocalizedSubmitAndClose()
    {
        var card = new Card { Inputs = [new TextCardInput("answer", "Name")] };

        var view = ModalRenderer.Render(new Reply { Card = card }, Context, CultureInfo.GetCultureInfo("de"));

        Assert.Equal(("Senden", "Abbrechen"), (view.Submit!.Text, view.Close!.Text));
    }

    [Fact]
    public void Render_TooManyOptionsAndTooLongValues_StayWithinSelectLimits()
    {
        var choices = Enumerable.Range(0, 150).Select(i => new CardChoice(new string('t', 100), $"v{i}"))
            .Append(new CardChoice("too long", new string('x', 151)))
            .ToList();
        var card = new Card { Inputs = [new ChoiceCardInput("pick", "Pick", choices)] };

        var view = ModalRenderer.Render(new Reply { Card = card }, Context, CultureInfo.GetCultureInfo("en"));

        var select = (StaticSelectElement)Assert.Single(view.Blocks.OfType<InputBlock>()).Element;
        Assert.Equal(BlockKitLimits.SelectOptions, select.Options.Count);
        Assert.All(select.Options, o => Assert.InRange(o.Text.Text.Length, 1, BlockKitLimits.OptionText));
        Assert.DoesNotContain(select.Options, o => o.Value.Length > BlockKitLimits.OptionValue);
    }

    [Fact]
    public void Serialize_View_IsAModalWithTypedInputElements()
    {
        var card = new Card { Inputs = [new TextCardInput("answer", "Name")] };
        var view = ModalRenderer.Render(new Reply { Text = "Who are you?", Card = card }, Context, CultureInfo.GetCultureInfo("en"));

        var json = JsonSerializer.SerializeToElement(view, SlackJson.Options);

        Assert.Equal("modal", json.GetProperty("type").GetString());
        Assert.True(json.GetProperty("notify_on_close").GetBoolean());
        var input = json.GetProperty("blocks")[1];
        Assert.Equal("input", input.GetProperty("type").GetString());
        Assert.Equal("plain_text_input", input.GetProperty("element").GetProperty("type").GetString());
        Assert.Equal("answer", input.GetProperty("element").GetProperty("action_id").GetString());
    }
}
