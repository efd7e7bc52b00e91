using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Conversations.Tests.Engine;

public sealed class DialogExpiryTests
{
    private const string Unknown = "Sorry, I didn't understand that. Say \"help\" to see what I can do.";

    [Fact]
    public async Task Turn_StackOlderThanDefaultExpiry_StartsFresh()
    {
        using var bot = new ConversationHarness();
        await bot.SayAsync("survey");
        bot.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var replies = await bot.SayAsync("Ada");

        Assert.Equal([Unknown], replies.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Turn_StackYoungerThanDefaultExpiry_Continues()
    {
        using var bot = new ConversationHarness();
        await bot.SayAsync("survey");
        bot.Time.Advance(TimeSpan.FromHours(23));

        var replies = await bot.SayAsync("Ada");

        Assert.Equal(["Which colour do you like best?"], replies.Texts);
    }

    [Fact]
    public async Task Turn_EachAnswer_RestartsTheExpiryClock()
    {
        using var bot = new ConversationHarness();
        await bot.SayAsync("survey");
        bot.Time.Advance(TimeSpan.FromHours(20));
        await bot.SayAsync("Ada");
        bot.Time.Advance(TimeSpan.FromHours(20));

        var replies = await bot.SayAsync("red");

        Assert.Equal(["Shall I keep you posted?"], replies.Texts);
    }

    [Fact]
    public async Task Turn_ConfiguredExpiry_IsHonoured()
    {
        using var bot = new ConversationHarness(services => services.Configure<DialogOptions>(o => o.Expiry = TimeSpan.FromHours(1)));
        await bot.SayAsync("survey");
        bot.Time.Advance(TimeSpan.FromHours(2));

        var replies = await bot.SayAsync("survey");

        Assert.Equal(["What's your name?"], replies.Texts);
    }
}
