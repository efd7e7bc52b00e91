using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Messages;

/// <summary>Malformed, oversized or incomplete activities: a clear 400/413, nothing stored, nothing sent.</summary>
public sealed class MessagesBadInputTests : IAsyncLifetime
{
    private LocalModeBot _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await LocalModeBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> IncompleteActivities => new()
    {
        { "type", "The activity has no 'type'." },
        { "conversation", "The activity has no 'conversation.id'." },
        { "serviceUrl", "The activity has no valid 'serviceUrl'." },
    };

    [Theory]
    [MemberData(nameof(IncompleteActivities))]
    public async Task Post_ActivityMissingARequiredField_Answers400NamingIt(string field, string expectedTitle)
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "help");
        activity.Remove(field);

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expectedTitle, (await Activities.JsonBodyAsync(response)).GetProperty("title").GetString());
        await AssertNothingStoredOrSentAsync();
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"type\":{\"nested\":true}}")]
    [InlineData("")]
    public async Task Post_MalformedJson_Answers400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _bot.Host.Client.PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredOrSentAsync();
    }

    [Fact]
    public async Task Post_ServiceUrlThatIsNotHttp_Answers400()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "help");
        activity["serviceUrl"] = "file:///etc/passwd";

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredOrSentAsync();
    }

    [Fact]
    public async Task Post_BodyOver256KB_Answers413()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, new string('x', 256 * 1024));

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredOrSentAsync();
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KBWithoutLength_Answers413()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, new string('x', 300 * 1024));
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _bot.Host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredOrSentAsync();
    }

    [Fact]
    public async Task Post_ActivityJustUnderTheLimit_IsAccepted()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "help");
        activity["padding"] = new string('p', 200 * 1024);

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertNothingStoredOrSentAsync()
    {
        var services = _bot.Host.Services;
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(await services.GetRequiredService<IConversationReferenceStore>().ListAsync(Activities.TenantId, TestContext.Current.CancellationToken));
        Assert.Null(await services.GetRequiredService<IDialogStateStore>().ReadAsync(new ConversationKey("msteams", "a:personal-1"), TestContext.Current.CancellationToken));
    }
}
