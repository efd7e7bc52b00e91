using System.Globalization;
using System.Net;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>A client that floods its conversation is answered 429 with a short Retry-After, and the refused posts are not stored.</summary>
public sealed class DirectLineRateLimitTests : IAsyncLifetime
{
    private const int MaxPosts = 200;

    private DirectLineBot _bot = null!;

    public ValueTask InitializeAsync()
    {
        _bot = new DirectLineBot(new Dictionary<string, string?>
        {
            ["DirectLine:ActivityBurst"] = "3",
            ["DirectLine:ActivitiesPerSecond"] = "1",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_FloodFromOneConversation_Answers429WithASmallRetryAfterAndStoresNothingRefused()
    {
        var conversation = await _bot.Api.StartFromPageAsync();
        var accepted = new List<string?>();
        string? refusedText = null;
        HttpResponseMessage? refused = null;

        for (var i = 0; i < MaxPosts && refused is null; i++)
        {
            var text = "flood " + i.ToString(CultureInfo.InvariantCulture);
            var response = await _bot.Api.PostActivityAsync(conversation, DirectLineApi.Message(text));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (refused, refusedText) = (response, text);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                accepted.Add(text);
            }
        }

        Assert.NotNull(refused);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        var stored = (await _bot.Api.AllActivitiesAsync(conversation)).Where(a => DirectLineApi.RoleOf(a) == "user").Select(DirectLineApi.TextOf).ToList();
        Assert.Equal(accepted, stored);
        Assert.DoesNotContain(refusedText, stored);
    }

    [Fact]
    public async Task Post_FloodFromOneConversation_DoesNotSlowDownAnother()
    {
        var flooder = await _bot.Api.StartFromPageAsync();
        var neighbour = await _bot.Api.StartFromPageAsync();
        var flooded = false;
        for (var i = 0; i < MaxPosts && !flooded; i++)
        {
            flooded = (await _bot.Api.PostActivityAsync(flooder, DirectLineApi.Message("flood"))).StatusCode == HttpStatusCode.TooManyRequests;
        }

        var response = await _bot.Api.PostActivityAsync(neighbour, DirectLineApi.Message("hello"));

        Assert.True(flooded);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
