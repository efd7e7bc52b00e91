using System.Net;
using System.Net.Http.Headers;
using FeedbackBot.Channels.Http;

namespace FeedbackBot.Channels.Http.Tests;

public sealed class RetryAfterDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void From_DeltaSeconds_ReturnsThatDelay()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        var delay = RetryAfterDelay.From(response, Now, Cap);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void From_HttpDate_ReturnsTimeUntilThatDate()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(Now.AddSeconds(12)));

        var delay = RetryAfterDelay.From(response, Now, Cap);

        Assert.Equal(TimeSpan.FromSeconds(12), delay);
    }

    [Fact]
    public void From_HttpDateInThePast_RetriesAtOnce()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(Now.AddSeconds(-5)));

        var delay = RetryAfterDelay.From(response, Now, Cap);

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void From_DelayAboveCap_IsCapped()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromHours(2)));

        var delay = RetryAfterDelay.From(response, Now, Cap);

        Assert.Equal(Cap, delay);
    }

    [Fact]
    public void From_NoHeader_LeavesDelayToBackoff()
    {
        using var response = TooManyRequests(retryAfter: null);

        var delay = RetryAfterDelay.From(response, Now, Cap);

        Assert.Null(delay);
    }

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
