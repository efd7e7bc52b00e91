using System.Net;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.DirectLine;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Storage;

/// <summary>
/// The real host on Table Storage (Azurite): ready when the store answers, and through an outage
/// of the store, loud while it is down and whole again when it is back, without a restart.
/// </summary>
public sealed class TableStorageHostTests : IAsyncLifetime
{
    private const string SaveFailed = "I couldn't save that just now, please try again.";

    private TableStorageBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await TableStorageBot.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task Readyz_TableStorageProviderAgainstAzurite_Answers200WithTableStores()
    {
        var response = await _bot.Host.Client.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<TableDialogStateStore>(_bot.Host.Services.GetRequiredService<IDialogStateStore>());
        Assert.IsType<TableConversationReferenceStore>(_bot.Host.Services.GetRequiredService<IConversationReferenceStore>());
        Assert.IsType<TableDirectLineTranscriptStore>(_bot.Host.Services.GetRequiredService<IDirectLineTranscriptStore>());
    }

    [Fact]
    public async Task Conversation_AzuriteStoppedMidwayThenRestarted_FailsLoudlyThenContinuesWithEveryEarlierAnswer()
    {
        var client = _bot.Host.Client;
        Assert.Equal("What is your name?", await SayAsync("three", expectedActivities: 1));
        Assert.Equal("Which colour?", await SayAsync("Ada", expectedActivities: 2));

        await _bot.Azurite.StopAsync();
        var readyWhileDown = await client.GetAsync("/readyz", Ct);
        var turnWhileDown = await PostAsync("blue");
        var sentWhileDown = _bot.Connector.ActivityCount;
        var toldWhileDown = Activities.VisibleTextOf(_bot.Connector.Requests[^1].Activity);
        await _bot.Azurite.StartAsync(Ct);
        var readyAfter = await client.GetAsync("/readyz", Ct);
        var replyAfter = await SayAsync("blue", expectedActivities: sentWhileDown + 1);
        var last = await SayAsync("yes", expectedActivities: sentWhileDown + 2);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, turnWhileDown.StatusCode);
        Assert.Equal(3, sentWhileDown);
        Assert.Equal(SaveFailed, toldWhileDown);
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
        Assert.Equal("Subscribe?", replyAfter);
        Assert.Equal("Done: Ada, blue, yes.", last);
    }

    private async Task<HttpResponseMessage> PostAsync(string text) =>
        await Activities.PostAsync(_bot.Host.Client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, text, "a:table-outage"));

    private async Task<string?> SayAsync(string text, int expectedActivities)
    {
        var response = await PostAsync(text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Connector.WaitForActivitiesAsync(expectedActivities, TimeSpan.FromSeconds(30), Ct);
        return Activities.VisibleTextOf(_bot.Connector.Requests[^1].Activity);
    }
}
