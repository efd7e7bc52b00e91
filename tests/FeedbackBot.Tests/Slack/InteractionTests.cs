using System.Net;
using System.Text.Json;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Tests.Slack;

/// <summary>Buttons and modals end to end (PROTOCOLS.md 6.4): clicks replace their card, forms open as modals.</summary>
public sealed class InteractionTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private SlackBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ButtonClick_OnACardInADirectMessage_UpdatesTheOriginalMessageThenAnswers()
    {
        await PostAsync(_bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev1", "confirm")));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);
        var card = _bot.Slack.CallsTo("chat.postMessage").Single();
        var cardTs = card.Response!.Value.GetProperty("ts").GetString()!;
        var yes = Buttons(card).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "Yes");

        var click = SlackPayloads.BlockActions("D0123456", cardTs, yes.GetProperty("action_id").GetString()!, yes.GetProperty("value").GetString()!, ephemeral: false, _bot.Slack.ResponseUrl("click-1"));
        using var response = await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 2, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Assert.Single(_bot.Slack.CallsTo("chat.update"));
        Assert.Equal(("D0123456", cardTs), (update.Field("channel"), update.Field("ts")));
        Assert.Contains(update.AllText(), t => t.Contains("Your answer", StringComparison.Ordinal) && t.Contains("Yes", StringComparison.Ordinal));
        Assert.Empty(Buttons(update));
        Assert.Equal("Confirmed: yes", _bot.Slack.CallsTo("chat.postMessage")[1].Field("text"));
    }

    [Fact]
    public async Task FormCommand_OpensAModal_InvalidAnswerShowsAFieldError_ValidAnswerMovesOn()
    {
        using var command = await PostAsync(_bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/feedback-request", "", "C2147483705", _bot.Slack.ResponseUrl("cmd-1"), "trigger-9")));
        await _bot.Slack.WaitForCallsAsync("views.open", 1, Wait, Ct);
        var open = _bot.Slack.CallsTo("views.open").Single();
        var view = open.Json!.Value.GetProperty("view");
        var metadata = view.GetProperty("private_metadata").GetString()!;

        using var invalid = await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewSubmission(metadata, "answer", "not an email"))));
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Ct)).RootElement;
        using var valid = await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewSubmission(metadata, "answer", "ada@example.com"))));
        await _bot.Slack.WaitForCallsAsync("chat.postEphemeral", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal(("trigger-9", "form.card"), (open.Field("trigger_id"), view.GetProperty("callback_id").GetString()));
        Assert.Equal(FeedbackFormDialog.FormTitle, view.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.Equal(FeedbackFormDialog.InvalidEmail, errors.GetProperty("errors").GetProperty("answer").GetString());
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("", await valid.Content.ReadAsStringAsync(Ct));
        var confirm = _bot.Slack.CallsTo("chat.postEphemeral").Single();
        Assert.Equal(("C2147483705", SlackPayloads.User), (confirm.Field("channel"), confirm.Field("user")));
        Assert.Contains(confirm.AllText(), t => t.Contains("Send the request to ada@example.com?", StringComparison.Ordinal));
        Assert.Empty(_bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ButtonClick_OnAPrivateMessage_ReplacesItThroughTheResponseUrl()
    {
        await PostAsync(_bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/feedback-request", "", "C1", _bot.Slack.ResponseUrl("cmd-1"), "trigger-9")));
        await _bot.Slack.WaitForCallsAsync("views.open", 1, Wait, Ct);
        var metadata = _bot.Slack.CallsTo("views.open").Single().Json!.Value.GetProperty("view").GetProperty("private_metadata").GetString()!;
        await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewSubmission(metadata, "answer", "ada@example.com"))));
        await _bot.Slack.WaitForCallsAsync("chat.postEphemeral", 1, Wait, Ct);
        var yes = Buttons(_bot.Slack.CallsTo("chat.postEphemeral").Single()).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "Yes");

        var click = SlackPayloads.BlockActions("C1", "1700000000.999999", yes.GetProperty("action_id").GetString()!, yes.GetProperty("value").GetString()!, ephemeral: true, _bot.Slack.ResponseUrl("click-1"));
        await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)));
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 2, Wait, Ct);

        var viaClick = _bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Where(c => c.ResponseUrlId == "click-1").ToList();
        Assert.Equal(["true", "false"], viaClick.Select(c => c.Field("replace_original")));
        Assert.Equal("Requested feedback from ada@example.com.", viaClick[1].Field("text"));
        Assert.Empty(_bot.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task ModalClosed_CancelsTheDialogThatWaitedForIt()
    {
        await PostAsync(_bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/feedback-request", "", "C1", _bot.Slack.ResponseUrl("cmd-1"), "trigger-9")));
        await _bot.Slack.WaitForCallsAsync("views.open", 1, Wait, Ct);
        var metadata = _bot.Slack.CallsTo("views.open").Single().Json!.Value.GetProperty("view").GetProperty("private_metadata").GetString()!;

        using var closed = await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewClosed(metadata))));
        await _bot.Slack.WaitForCallsAsync("chat.postEphemeral", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.StartsWith("OK, I've stopped.", _bot.Slack.CallsTo("chat.postEphemeral").Single().Field("text"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await _bot.Client.SendAsync(request, Ct);
        }
    }

    private static List<JsonElement> Buttons(FakeSlackCall call) =>
        [.. call.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())];
}
