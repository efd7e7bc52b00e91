using System.Net;
using Polly;
using Polly.Timeout;

namespace FeedbackBot.Channels.Http.Tests;

public sealed class HttpRetryPipelineTests
{
    private static readonly Func<HttpStatusCode, bool> OnlyServiceUnavailable = status => status == HttpStatusCode.ServiceUnavailable;

    [Fact]
    public void IsTransient_NetworkFailure_Retries()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));

        Assert.True(HttpRetryPipeline.IsTransient(outcome, OnlyServiceUnavailable));
    }

    [Fact]
    public void IsTransient_AttemptTimeout_Retries()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());

        Assert.True(HttpRetryPipeline.IsTransient(outcome, OnlyServiceUnavailable));
    }

    [Fact]
    public void IsTransient_CallerCancelled_DoesNotRetry()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new OperationCanceledException());

        Assert.False(HttpRetryPipeline.IsTransient(outcome, OnlyServiceUnavailable));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsTransient_Response_AsksTheChannelsStatusList(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        var transient = HttpRetryPipeline.IsTransient(Outcome.FromResult(response), OnlyServiceUnavailable);

        Assert.Equal(expected, transient);
    }

    [Fact]
    public async Task Pipeline_503ThenOk_RetriesAfterTheNamedDelayAndReturnsTheAnswer()
    {
        var pipeline = Pipeline(new TestRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1) });
        var attempts = 0;

        using var answer = await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            var response = new HttpResponseMessage(attempts == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return ValueTask.FromResult(response);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Pipeline_PermanentFailure_StopsAfterMaxRetryAttempts()
    {
        var pipeline = Pipeline(new TestRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 2 });
        var attempts = 0;

        using var answer = await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Pipeline_ZeroRetries_MakesOneAttempt()
    {
        var pipeline = Pipeline(new TestRetryOptions { MaxRetryAttempts = 0 });
        var attempts = 0;

        using var answer = await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal(1, attempts);
    }

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(HttpRetryOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        HttpRetryPipeline.Configure(builder, options, TimeProvider.System, OnlyServiceUnavailable);
        return builder.Build();
    }

    private sealed class TestRetryOptions : HttpRetryOptions;
}
