using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Summaries;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Summaries;

/// <summary>
/// The weekly push on real hosts over one SQLite file, with a fake clock: exactly one summary per
/// tenant and manager however many instances run, and a missed push time caught up on return.
/// </summary>
public sealed class WeeklyPushTests : IDisposable
{
    private static readonly IsoWeek Week47 = new(2026, 47);
    private readonly TempDatabase database = new();
    private readonly RecordingProactiveChannel channel = new();

    [Fact]
    public async Task Push_TwoHostsSharingOneStore_SendOneSummaryPerTenant()
    {
        // Monday 23 November 2026, 08:30 in Berlin: half an hour before the push.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.FromHours(1)));
        await using var one = Host(time);
        await using var two = Host(time);
        _ = one.Client;
        _ = two.Client;
        await SeedAsync(one, "contoso", "fabrikam");
        await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        Assert.Empty(channel.Sent);

        time.Advance(TimeSpan.FromMinutes(35));
        await channel.WaitForAsync(2);
        time.Advance(WeeklySummaryService.RunInterval);
        time.Advance(WeeklySummaryService.RunInterval);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);

        var sent = channel.Sent.ToList();
        Assert.Equal(["contoso", "fabrikam"], sent.Select(m => m.Tenant).Order(StringComparer.Ordinal));
        Assert.All(sent, m => Assert.Equal("manager-1", m.UserId));
        Assert.All(sent, m => Assert.StartsWith("Weekly summary 2026-W47", m.Reply.Card!.Title, StringComparison.Ordinal));
        Assert.Equal("75% (HIT 3 / MISS 1)", sent.Single(m => m.Tenant == "contoso").Reply.Card!.Facts[0].Value);
    }

    [Fact]
    public async Task Push_HostDownOverMonday_SendsOnReturn()
    {
        // Wednesday: Monday's push time passed while no instance ran.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1)));
        await using (var seeder = Host(time, startJob: false))
        {
            _ = seeder.Client;
            await SeedAsync(seeder, "contoso");
        }

        await using var back = Host(time);
        _ = back.Client;
        await channel.WaitForAsync(1);

        var message = Assert.Single(channel.Sent);
        Assert.Equal("contoso", message.Tenant);
        Assert.StartsWith("Weekly summary 2026-W47", message.Reply.Card!.Title, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private BotHost Host(FakeTimeProvider time, bool startJob = true) => new(
        database.Path,
        new Dictionary<string, string?>
        {
            ["FeedbackBot:TimeZone"] = "Europe/Berlin",
            ["FeedbackBot:Managers:0"] = "manager-1",
            ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
            ["FeedbackBot:Summaries:LinkSigningKey"] = Convert.ToBase64String(new byte[32]),
        },
        services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.RemoveAll<IProactiveChannel>();
            services.AddSingleton<IProactiveChannel>(channel);
            if (!startJob)
            {
                foreach (var job in services.Where(d => d.ImplementationType == typeof(WeeklySummaryService)).ToList())
                {
                    services.Remove(job);
                }
            }
        });

    private static async Task SeedAsync(BotHost host, params string[] tenants)
    {
        var store = host.Services.GetRequiredService<IWeeklyAggregateStore>();
        foreach (var tenant in tenants)
        {
            var aggregate = WeeklyAggregate.Empty(tenant, Week47) with { Requests = 8, Votes = new HitMissCount(3, 1) };
            Assert.True(await store.TryWriteAsync(aggregate, null, TestContext.Current.CancellationToken));
        }
    }
}
