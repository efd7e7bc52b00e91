using System.Text.Json.Nodes;
using FeedbackBot.Tests.Support;
using FeedbackBot.Tests.Votes;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Tests.Security;

/// <summary>
/// MISS alerts carry the customer's comment, so they go only to a channel configured for the
/// vote's tenant (<c>FeedbackBot:Votes:AlertChannels:{tenant}/{team}</c> or <c>{tenant}/*</c>):
/// two tenants with the same team name, or a tenant without a channel of its own, never reach
/// another tenant's channel. Votes of one tenant's listeners run in order on one host, so once the
/// second tenant's alert has arrived the first one's has been handled.
/// </summary>
public sealed class AlertChannelTenancyTests
{
    private const string Alpha = "T0ALPHA";
    private const string Bravo = "T0BRAVO";
    private const string AlphaChannel = "C0ALPHAALERTS";
    private const string BravoChannel = "C0BRAVOALERTS";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MissAlert_SameTeamNameInTwoTenants_GoesOnlyToItsOwnTenantsChannel()
    {
        await using var bot = await StartAsync(new()
        {
            [$"FeedbackBot:Votes:AlertChannels:{Alpha}/support"] = "slack:" + AlphaChannel,
            [$"FeedbackBot:Votes:AlertChannels:{Bravo}/Support"] = "slack:" + BravoChannel,
        });

        await MissAsync(bot, Bravo, "bravo-ticket", "bravo-customer");
        await MissAsync(bot, Alpha, "alpha-ticket", "alpha-customer");
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 2, TimeSpan.FromSeconds(30), Ct);

        var alpha = PostsTo(bot, AlphaChannel);
        var bravo = PostsTo(bot, BravoChannel);
        Assert.Single(alpha);
        Assert.Contains("alpha-customer", alpha[0], StringComparison.Ordinal);
        Assert.DoesNotContain("bravo", alpha[0], StringComparison.OrdinalIgnoreCase);
        Assert.Single(bravo);
        Assert.Contains("bravo-customer", bravo[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissAlert_TenantWithoutAChannel_IsNotPostedInAnotherTenantsDefault()
    {
        await using var bot = await StartAsync(new() { [$"FeedbackBot:Votes:AlertChannels:{Alpha}/*"] = "slack:" + AlphaChannel });

        await MissAsync(bot, Bravo, "bravo-ticket", "bravo-customer");
        await MissAsync(bot, Alpha, "alpha-ticket", "alpha-customer");
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 1, TimeSpan.FromSeconds(30), Ct);

        var alpha = PostsTo(bot, AlphaChannel);
        Assert.Single(alpha);
        Assert.Contains("alpha-customer", alpha[0], StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.CallsTo("chat.postMessage"), c => c.Json.ToString()!.Contains("bravo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task MissAlert_QualifiedKeyBesideAnEveryTenantDefault_WinsForItsTenantOnly()
    {
        await using var bot = await StartAsync(new()
        {
            [$"FeedbackBot:Votes:AlertChannels:{Alpha}/support"] = "slack:" + AlphaChannel,
            ["FeedbackBot:Votes:AlertChannels:*"] = "slack:" + BravoChannel,
            ["FeedbackBot:Votes:AlertChannelsForEveryTenant"] = "true",
        });

        await MissAsync(bot, Bravo, "bravo-ticket", "bravo-customer");
        await MissAsync(bot, Alpha, "alpha-ticket", "alpha-customer");
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 2, TimeSpan.FromSeconds(30), Ct);

        Assert.Contains("alpha-customer", Assert.Single(PostsTo(bot, AlphaChannel)), StringComparison.Ordinal);
        Assert.Contains("bravo-customer", Assert.Single(PostsTo(bot, BravoChannel)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*", "names no tenant")]
    [InlineData("support", "names no tenant")]
    [InlineData("T0ALPHA/", "both parts")]
    public async Task Start_AlertChannelKeyThatNamesNoTenant_StopsWithTheKeyNamed(string key, string problem)
    {
        using var database = new TempDatabase();
        await using var host = new BotHost(database.Path, new Dictionary<string, string?> { ["FeedbackBot:Votes:AlertChannels:" + key] = "slack:" + AlphaChannel });

        var refused = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains($"FeedbackBot:Votes:AlertChannels:{key} ", refused.Message, StringComparison.Ordinal);
        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AlertTargetWithoutAChannel_StopsWithTheKeyNamed()
    {
        using var database = new TempDatabase();
        await using var host = new BotHost(database.Path, new Dictionary<string, string?> { [$"FeedbackBot:Votes:AlertChannels:{Alpha}/*"] = "C0NOCHANNEL" });

        var refused = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains($"FeedbackBot:Votes:AlertChannels:{Alpha}/* must be {{channel}}:{{conversationId}}", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>The vote test bot without its one-organisation default channel, with <paramref name="alertChannels"/> instead.</summary>
    private static Task<VoteBot> StartAsync(Dictionary<string, string?> alertChannels)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FeedbackBot:Votes:AlertChannels:*"] = null,
            ["FeedbackBot:Votes:AlertChannelsForEveryTenant"] = null,
        };
        foreach (var (key, value) in alertChannels)
        {
            settings[key] = value;
        }

        return VoteBot.StartAsync(settings);
    }

    /// <summary>A helpdesk request of <paramref name="tenant"/>'s team "support" that its customer answers MISS by link.</summary>
    private static async Task MissAsync(VoteBot bot, string tenant, string interactionId, string customerName)
    {
        var body = VoteBot.Interaction(interactionId, new JsonObject { ["id"] = customerName, ["name"] = customerName });
        body["tenant"] = tenant;
        using var created = await bot.PostInteractionAsync(body);
        created.EnsureSuccessStatusCode();
        var token = VoteBot.TokenOf(JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!["surveyUrl"]!.GetValue<string>());
        using var miss = await bot.Client.GetAsync($"/feedback/{token}?vote=miss", Ct);
        miss.EnsureSuccessStatusCode();
    }

    private static List<string> PostsTo(VoteBot bot, string channel) =>
        [.. bot.Slack.CallsTo("chat.postMessage").Where(c => c.Json?.GetProperty("channel").GetString() == channel).Select(c => c.Json.ToString()!)];
}
