using FeedbackBot.Core.Conversations;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Teams;

/// <summary>
/// The stored reference follows the user to their latest conversation, but an unchanged one is not
/// rewritten on every turn (it is read and compared, and refreshed at most hourly).
/// </summary>
public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private LocalModeBot _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await LocalModeBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turn_InANewConversation_ReplacesTheStoredReference()
    {
        await SayAsync("help", "a:first", expectedActivities: 1);

        await SayAsync("help", "a:second", expectedActivities: 2);

        var reference = await References().FindAsync(Activities.TenantId, "29:ada", Ct);
        Assert.Equal("a:second", reference!.ConversationId);
    }

    [Fact]
    public async Task Turn_WithAnUnchangedReference_DoesNotRewriteItWithinTheHour()
    {
        await SayAsync("help", "a:first", expectedActivities: 1);
        var first = await References().FindAsync(Activities.TenantId, "29:ada", Ct);

        await SayAsync("help", "a:first", expectedActivities: 2);

        var second = await References().FindAsync(Activities.TenantId, "29:ada", Ct);
        Assert.Equal(first!.UpdatedAt, second!.UpdatedAt);
    }

    private async Task SayAsync(string text, string conversation, int expectedActivities)
    {
        await Activities.PostAsync(_bot.Host.Client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, text, conversation));
        await _bot.Connector.WaitForActivitiesAsync(expectedActivities, TimeSpan.FromSeconds(10), Ct);
    }

    private IConversationReferenceStore References() => _bot.Host.Services.GetRequiredService<IConversationReferenceStore>();
}
