using System.Text.Json;
using Azure;
using FeedbackBot.Core.Health;
using FeedbackBot.Failures;
using FeedbackBot.Storage.TableStorage.Health;
using FeedbackBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Tests.Failures;

/// <summary>
/// The host's last answers to an exception no endpoint caught, with the exception the Azure SDK
/// throws when its network timeout fires and its retries are spent (a
/// <see cref="TaskCanceledException"/> inside an <see cref="AggregateException"/>): the case an
/// overloaded store showed answered 500.
/// </summary>
public sealed class FailureHandlerTests
{
    private static readonly AggregateException SdkTimeout = new(
        "Retry failed after 2 tries.",
        new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:05."),
        new TaskCanceledException("The operation was canceled."));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientGone_SdkTimeoutAfterTheClientLeft_Handled499AndLoggedAsGoneWithoutThePath()
    {
        using var logs = new CapturedLogs();
        using var left = new CancellationTokenSource();
        await left.CancelAsync();
        var http = Context("/feedback/secret-survey-token", left.Token);
        var handler = new ClientGoneExceptionHandler(new LoggerFactory([logs]).CreateLogger<ClientGoneExceptionHandler>());

        var handled = await handler.TryHandleAsync(http, SdkTimeout, Ct);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status499ClientClosedRequest, http.Response.StatusCode);
        var line = Assert.Single(logs.Lines);
        Assert.Contains("the client went away", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-survey-token", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientGone_ClientStillThere_LeftToTheNextHandler()
    {
        using var logs = new CapturedLogs();
        var http = Context("/summaries/x/votes.csv", CancellationToken.None);
        var handler = new ClientGoneExceptionHandler(new LoggerFactory([logs]).CreateLogger<ClientGoneExceptionHandler>());

        var handled = await handler.TryHandleAsync(http, SdkTimeout, Ct);

        Assert.False(handled);
        Assert.Empty(logs.Lines);
    }

    [Fact]
    public async Task StoreOutage_SdkTimeout_Answers503ProblemWithRetryAfter()
    {
        var (handler, services) = OutageHandler(new TableFailureClassifier());
        await using var _ = services;
        var http = Context("/summaries/x/votes.csv", CancellationToken.None, services);

        var handled = await handler.TryHandleAsync(http, SdkTimeout, Ct);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        var problem = JsonDocument.Parse(((MemoryStream)http.Response.Body).ToArray()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("The service is unavailable just now.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task StoreOutage_ADefectNotAnOutage_LeftToTheDefault500()
    {
        var (handler, services) = OutageHandler(new TableFailureClassifier());
        await using var _ = services;
        var http = Context("/summaries/x/votes.csv", CancellationToken.None, services);

        var handled = await handler.TryHandleAsync(http, new RequestFailedException(400, "The property value exceeds the maximum allowed size."), Ct);

        Assert.False(handled);
        Assert.Equal(0, http.Response.Body.Length);
    }

    private static (StoreOutageExceptionHandler Handler, ServiceProvider Services) OutageHandler(IStoreFailureClassifier classifier)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return (new StoreOutageExceptionHandler(
            [classifier], services.GetRequiredService<IProblemDetailsService>(), services.GetRequiredService<ILogger<StoreOutageExceptionHandler>>()), services);
    }

    private static DefaultHttpContext Context(string path, CancellationToken aborted, IServiceProvider? services = null)
    {
        var http = new DefaultHttpContext { RequestAborted = aborted, RequestServices = services! };
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        return http;
    }
}
