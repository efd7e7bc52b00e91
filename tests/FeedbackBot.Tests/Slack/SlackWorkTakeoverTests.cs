using System.Globalization;
using System.Net;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Slack;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Slack;

/// <summary>
/// Acknowledged Slack work outlives the instance that accepted it: a second host on the same store
/// takes over what the first left, runs what never started, and says "interrupted" for what had.
/// </summary>
public sealed class SlackWorkTakeoverTests
{
    /// <summary>Instances that only accept (no workers), looking for lapsed work often.</summary>
    private static readonly Dictionary<string, string?> AcceptOnly = new()
    {
        ["Slack:Workers"] = "0",
        ["Slack:WorkTakeoverInterval"] = "00:00:00.200",
    };

    private static readonly string Interrupted = JournalTexts.Interrupted(CultureInfo.GetCultureInfo("en"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Command_AcceptingHostStopsBeforeRunningIt_SecondHostAnswersOnce()
    {
        await using var bot = await SlackBot.StartAsync(AcceptOnly);
        await using var second = bot.NewHost();
        using var request = bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C1", bot.Slack.ResponseUrl("cmd-left")));
        using var ack = await bot.Client.SendAsync(request, Ct);

        await bot.Host.DisposeAsync(); // stops without ever running it: it has no workers
        _ = second.Client;
        await Poll.UntilAsync(() => bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod).Count > 0, "the second host's answer");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var answer = Assert.Single(bot.Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod));
        Assert.Equal("cmd-left", answer.ResponseUrlId);
        Assert.DoesNotContain(Interrupted, answer.AllText());
        Assert.Contains(bot.Logs.Lines, l => l.Contains("its lease is given up", StringComparison.Ordinal));
        Assert.Empty(await Journal(second).ListLapsedAsync(DateTimeOffset.MaxValue, 10, Ct));
    }

    [Fact]
    public async Task Event_StartedOnAnInstanceThatDied_UserToldItWasInterruptedAndTurnNotRunAgain()
    {
        await using var bot = await SlackBot.StartAsync(AcceptOnly);
        var journal = Journal(bot.Host);
        var dedupe = bot.Host.Services.GetRequiredService<ISlackEventDedupe>();
        var work = DirectMessage("three", "EvDied");
        await dedupe.TryClaimAsync(SlackPayloads.Team, "EvDied", DateTimeOffset.UtcNow, Ct); // the dead instance had claimed it

        await journal.TryAddAsync(new SlackWorkEntry(JournaledWork.IdOf(work), JournaledWork.Serialize(work), "dead", DateTimeOffset.UtcNow.AddSeconds(-1), 1, DateTimeOffset.UtcNow.AddSeconds(-40)), Ct);
        await Poll.UntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Count > 0, "the take-over's message");

        var said = Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("D0123456", said.Field("channel"));
        Assert.Contains(Interrupted, said.AllText());
        Assert.Empty(await journal.ListLapsedAsync(DateTimeOffset.MaxValue, 10, Ct));
    }

    [Fact]
    public async Task Event_StartedButNeverClaimed_RunsOnTheOtherInstance()
    {
        await using var bot = await SlackBot.StartAsync(AcceptOnly);
        var work = DirectMessage("three", "EvNeverClaimed");

        await Journal(bot.Host).TryAddAsync(new SlackWorkEntry(JournaledWork.IdOf(work), JournaledWork.Serialize(work), "dead", DateTimeOffset.UtcNow.AddSeconds(-1), 1, DateTimeOffset.UtcNow.AddSeconds(-40)), Ct);
        await Poll.UntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Count > 0, "the turn's answer");

        var said = Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        Assert.DoesNotContain(Interrupted, said.AllText());
        Assert.False(await bot.Host.Services.GetRequiredService<ISlackEventDedupe>().TryClaimAsync(SlackPayloads.Team, "EvNeverClaimed", DateTimeOffset.UtcNow, Ct));
    }

    [Fact]
    public async Task Event_DeliveredToTwoInstancesAtOnce_AnsweredOnce()
    {
        await using var bot = await SlackBot.StartAsync();
        await using var second = bot.NewHost();
        var body = SlackPayloads.DirectMessageEvent("EvBoth", "three");

        using var one = bot.Signer.Json("/api/slack/events", body);
        using var two = bot.Signer.Json("/api/slack/events", body);
        two.Headers.Add("X-Slack-Retry-Num", "1");
        var answers = await Task.WhenAll(bot.Client.SendAsync(one, Ct), second.Client.SendAsync(two, Ct));
        await Poll.UntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Count > 0, "the answer");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private static ISlackWorkJournal Journal(Support.BotHost host) => host.Services.GetRequiredService<ISlackWorkJournal>();

    private static TurnWork DirectMessage(string text, string eventId) => new(
        new ConversationTurn
        {
            Kind = TurnKind.Message,
            Conversation = new("slack", "D0123456"),
            Tenant = SlackPayloads.Team,
            User = new ChatUser(SlackPayloads.User, null),
            Text = text,
        },
        new SlackReplyTarget { TeamId = SlackPayloads.Team, UserId = SlackPayloads.User, ChannelId = "D0123456", ReceivedAt = DateTimeOffset.UtcNow },
        new SlackEventClaim(SlackPayloads.Team, eventId, DateTimeOffset.UtcNow));
}
