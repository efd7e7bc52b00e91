using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Summaries;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// Tenant isolation across every path at once, on the real host: tenant B's week is made through
/// the endpoints (<see cref="BravoSeed"/>), then tenant A's people walk every command, card action,
/// Universal Action, link, helpdesk call, web chat turn and Slack command, interaction and event
/// (<see cref="AlphaWalk"/>), try B's ids and tokens, and get the weekly push. Nothing A's people
/// got, and nothing the bot sent anywhere but to B's own people, carries B's data; B's stored rows
/// are what they were. Run once per store: each binds the tenant in its own way (SQLite
/// parameters, Table Storage partition keys).
/// </summary>
public abstract class TenantWalkTests : IAsyncLifetime
{
    private WalkBot bot = null!;

    /// <summary>True: Table Storage on an Azurite of the test's own; false: a SQLite file.</summary>
    protected abstract bool OnTableStorage { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => bot = OnTableStorage ? await WalkBot.StartOnTableStorageAsync() : await WalkBot.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Walk_TenantAUsesEveryPathAgainstTenantBsData_SeesNoneOfItAndLeavesItUnchanged()
    {
        var bravo = await BravoSeed.SeedAsync(bot);
        var bravoRows = BravoRows(await bot.Rows.ReadAsync(Ct));
        var (connectorMark, slackMark) = (bot.Connector.Requests.Count, bot.Slack.Calls.Count);
        var walk = new AlphaWalk(bot, bravo);

        await walk.TeamsAdminAndManagerAsync();
        await walk.TeamsDecisionCheckAsync();
        await walk.TeamsFeedbackRequestAndCustomerAsync();
        await walk.HelpdeskLinkAndWebChatAsync();
        await walk.SlackAsync();
        await walk.SummaryWithVotesAsync();
        var bravoRowsAfterWalk = BravoRows(await bot.Rows.ReadAsync(Ct));
        var sentDuringWalk = Outbound(connectorMark, slackMark);
        var pushMarks = (bot.Connector.Requests.Count, bot.Slack.Calls.Count);

        // Monday 09:01: the push of week 47 is due for both tenants.
        bot.Time.Advance(new DateTimeOffset(2026, 11, 23, 9, 1, 0, TimeSpan.Zero) - bot.Time.GetUtcNow());
        var pushes = await PushesAsync(pushMarks.Item1, pushMarks.Item2, "a:alpha-manager", "DUALPHAMGR", "a:bravo-manager");
        var bravoRowsAfterPush = BravoRows(await bot.Rows.ReadAsync(Ct));

        Assert.Empty(Registered().Except(walk.Walked, StringComparer.OrdinalIgnoreCase));
        Assert.Contains(bravoRows, r => r.Contains(BravoSeed.Comment, StringComparison.Ordinal));
        Assert.Contains(bravoRows, r => r.Contains(BravoSeed.Statement, StringComparison.Ordinal));
        Assert.Equal(bravoRows, bravoRowsAfterWalk);
        Assert.Empty(sentDuringWalk.Where(s => Walk.IsBravo(s.To)).Select(s => s.To));
        Assert.Empty(sentDuringWalk.Where(s => ShowsBravo(s.Text)).Select(s => $"to {s.To}: {Leaked(s.Text)}"));
        Assert.Empty(walk.Seen.Where(ShowsBravo).Select(Leaked));
        var alphaPushes = pushes.Where(p => !Walk.IsBravo(p.To)).ToList();
        Assert.Equal(["DUALPHAMGR", "a:alpha-manager"], alphaPushes.Select(p => p.To).Order(StringComparer.Ordinal));
        Assert.All(alphaPushes, p => Assert.Contains(AlphaWalk.Figures, p.Text, StringComparison.Ordinal));
        Assert.Empty(alphaPushes.Where(p => ShowsBravo(p.Text)).Select(p => $"to {p.To}: {Leaked(p.Text)}"));
        Assert.Contains(Walk.BravoRate, Assert.Single(pushes, p => p.To == "a:bravo-manager").Text, StringComparison.Ordinal);

        // B's own push claims B's week in the job lease (by design: the push serves every tenant); nothing else of B's changed.
        Assert.Equal(bravoRows, bravoRowsAfterPush.Where(r => !r.Contains(WeeklySummaryPush.TenantJob, StringComparison.Ordinal)).ToList());
    }

    /// <summary>Every command word and card action the bot registers, and help: each one the walk must use.</summary>
    private IEnumerable<string> Registered() =>
        bot.Services<DialogCommand>().Select(c => c.Command.TrimStart('/'))
            .Concat(bot.Services<ICardAction>().Select(a => a.Name))
            .Append("help");

    /// <summary>B's rows: every stored row that names B's tenant, people or conversations, or holds B's text.</summary>
    private static List<string> BravoRows(IReadOnlyList<string> rows) => [.. rows.Where(Walk.IsBravo)];

    /// <summary>The lines of <paramref name="text"/> that show B's data: what a failure should name.</summary>
    private static string Leaked(string text) => string.Join(" | ", text.Split('\n').Where(ShowsBravo));

    private static bool ShowsBravo(string text) => Walk.IsBravo(text) || text.Contains(Walk.BravoRate, StringComparison.Ordinal);

    /// <summary>Everything the bot sent since the marks, with whom it went to (conversation, Slack channel or user, response URL).</summary>
    private List<(string To, string Text)> Outbound(int connectorMark, int slackMark) =>
    [
        .. bot.Connector.Requests.Skip(connectorMark).Select(r => (r.ConversationId ?? WalkText.Of(r.Body), WalkText.Of(r.Body))),
        .. bot.Slack.Calls.Skip(slackMark).Select(c => (
            c.Field("channel") ?? c.Field("users") ?? c.ResponseUrlId ?? c.Field("user") ?? c.Field("trigger_id") ?? c.Method,
            WalkText.Of(c.Json) + "\n" + string.Join("\n", c.Form?.Values ?? []))),
    ];

    private async Task<List<(string To, string Text)>> PushesAsync(int connectorMark, int slackMark, params string[] recipients)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var pushes = Outbound(connectorMark, slackMark).Where(s => s.Text.Contains("Here is last week's summary", StringComparison.Ordinal)).ToList();
            if (recipients.All(r => pushes.Any(p => p.To == r)))
            {
                return pushes;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Pushes after 30 s: {string.Join(", ", pushes.Select(p => p.To))}");
            await Task.Delay(50, Ct);
        }
    }
}

/// <summary>The walk on a SQLite file.</summary>
public sealed class SqliteTenantWalkTests : TenantWalkTests
{
    protected override bool OnTableStorage => false;
}

/// <summary>The walk on Table Storage (Azurite).</summary>
public sealed class TableStorageTenantWalkTests : TenantWalkTests
{
    protected override bool OnTableStorage => true;
}
