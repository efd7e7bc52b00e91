using System.Net;
using System.Text.Json;
using FeedbackBot.Core.Service;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Service;

/// <summary>
/// The definition survey and the admin commands in Slack: signed Events API messages, slash
/// commands and button clicks in, Web API calls to the fake Slack out.
/// </summary>
public sealed class SlackSurveyTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private SlackBot _bot = null!;
    private int _events;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _bot = await SlackBot.StartAsync(new Dictionary<string, string?> { ["FeedbackBot:Admins:0"] = "UADMIN" });

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Survey_InDirectMessages_InvalidAnswerClickStopAndResume_SavesEveryAnswer()
    {
        var intro = await SayAsync("service-survey", 2);
        var question = _bot.Slack.CallsTo("chat.postMessage")[1];
        var crucial = Buttons(question).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "Crucial");
        var retry = await SayAsync("maybe?", 1);
        var click = SlackPayloads.BlockActions(
            "D0123456", question.Response!.Value.GetProperty("ts").GetString()!, crucial.GetProperty("action_id").GetString()!, crucial.GetProperty("value").GetString()!, ephemeral: false, _bot.Slack.ResponseUrl("click-1"));
        using var clicked = await PostAsync(_bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)));
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", 4, Wait, Ct);
        var second = _bot.Slack.CallsTo("chat.postMessage")[3].Field("text");
        var stopped = await SayAsync("stop", 1);
        var resumed = await SayAsync("service-survey", 2);

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.StartsWith("Thanks for helping!", intro[0], StringComparison.Ordinal);
        Assert.Equal("(1/7) How important is Guarantees to you?", intro[1]);
        Assert.StartsWith("Please pick one for Guarantees", retry[0], StringComparison.Ordinal);
        Assert.Equal("(2/7) How important is Warranties to you?", second);
        Assert.Single(stopped);
        Assert.Equal(["Welcome back! You've ranked 1 of 7 already; let's go on.", "(2/7) How important is Warranties to you?"], resumed);
        var saved = await Answers().FindAsync(SlackPayloads.Team, Quarter.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc), SlackPayloads.User, Ct);
        Assert.NotNull(saved);
        Assert.False(saved.Completed);
        Assert.Equal(ElementImportance.Crucial, Assert.Single(saved.Rankings).Value);
    }

    [Fact]
    public async Task StatementSet_ByNonAdminSlashCommand_IsRefusedThroughTheResponseUrl()
    {
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/service-statement", "set We answer within a day.", "C1", _bot.Slack.ResponseUrl("cmd-1")));

        using var response = await _bot.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Only admins can change the service statement", _bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Single().Field("text"), StringComparison.Ordinal);
        Assert.Null(await _bot.Host.Services.GetRequiredService<IServiceCatalogStore>().GetStatementAsync(SlackPayloads.Team, Ct));
    }

    [Fact]
    public async Task FeedbackAdmin_AdminAddsAMentionedManager_IsKeptWithTheName()
    {
        var command = SlackPayloads.SlashCommand("/feedback-admin", "add manager <@U0BO|bo>", "C1", _bot.Slack.ResponseUrl("cmd-2"))
            .Replace("user_id=" + SlackPayloads.User, "user_id=UADMIN", StringComparison.Ordinal);
        using var request = _bot.Signer.Form("/api/slack/commands", command);

        using var response = await _bot.Client.SendAsync(request, Ct);
        await _bot.Slack.WaitForCallsAsync(FakeSlackWebApi.ResponseUrlMethod, 1, Wait, Ct);

        Assert.Equal("bo is now a manager.", _bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Single().Field("text"));
        Assert.True(await _bot.Host.Services.GetRequiredService<Core.Workspace.IWorkspaceRoles>().IsManagerAsync(SlackPayloads.Team, "U0BO", Ct));
    }

    private ISurveyAnswerStore Answers() => _bot.Host.Services.GetRequiredService<ISurveyAnswerStore>();

    /// <summary>Sends a direct message and returns the texts of the <paramref name="replies"/> messages it gets.</summary>
    private async Task<IReadOnlyList<string?>> SayAsync(string text, int replies)
    {
        var before = _bot.Slack.CallCountOf("chat.postMessage");
        using var response = await PostAsync(_bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent($"Ev{++_events}", text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Slack.WaitForCallsAsync("chat.postMessage", before + replies, Wait, Ct);
        return [.. _bot.Slack.CallsTo("chat.postMessage").Skip(before).Select(c => c.Field("text"))];
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
