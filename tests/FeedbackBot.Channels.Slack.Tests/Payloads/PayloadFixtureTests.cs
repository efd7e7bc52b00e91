using System.Text.Json;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Replies;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Channels.Slack.Turns;

namespace FeedbackBot.Channels.Slack.Tests.Payloads;

/// <summary>The interactivity and Events API fixtures read into the typed payloads.</summary>
public sealed class PayloadFixtureTests
{
    [Fact]
    public void BlockActionsFixture_ReadsTheClickTheMessageAndTheButtonData()
    {
        var payload = JsonSerializer.Deserialize<InteractionPayload>(Fixture.Read("block-actions.json"), SlackJson.Options)!;

        var action = Assert.Single(payload.Actions!);
        Assert.Equal((InteractionPayload.BlockActions, "T0001", "U2147483697"), (payload.Type, payload.TeamId, payload.User!.Id));
        Assert.Equal(("D0123456", "1700000000.000001", false), (payload.Container!.ChannelId, payload.Container.MessageTs, payload.Container.IsEphemeral));
        Assert.True(ReplySlackIds.IsCardButton(action.ActionId));
        Assert.Equal(new Dictionary<string, string> { ["answer"] = "yes" }, ButtonData.TryParse(action.Value));
    }

    [Fact]
    public void ViewSubmissionFixture_ReadsEveryInputKindAndTheContext()
    {
        var payload = JsonSerializer.Deserialize<InteractionPayload>(Fixture.Read("view-submission.json"), SlackJson.Options)!;

        var values = ViewValues.Read(payload.View!.State);
        var context = ModalContext.TryParse(payload.View.PrivateMetadata);

        Assert.Equal(new Dictionary<string, string> { ["answer"] = "Ada Lovelace", ["colour"] = "red", ["days"] = "mon,fri" }, values);
        Assert.NotNull(context);
        Assert.Equal(("C2147483705", true), (context.ChannelId, context.Ephemeral));
        Assert.Equal(new Dictionary<string, string> { ["step"] = "form" }, context.Data);
    }

    [Fact]
    public void EventCallbackFixture_ReadsTheMentionAndTheBotUser()
    {
        var envelope = JsonSerializer.Deserialize<EventEnvelope>(Fixture.Read("event-callback.json"), SlackJson.Options)!;

        Assert.Equal((EventEnvelope.EventCallback, "T0001", "Ev0PV52K21", 1700000100L), (envelope.Type, envelope.TeamId, envelope.EventId, envelope.EventTime));
        Assert.Equal(SlackEvent.AppMention, envelope.Event!.Type);
        Assert.Equal("three", MentionText.StripBotMention(envelope.Event.Text, envelope.Authorizations![0].UserId));
    }
}
