using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Http;

/// <summary>Adds <see cref="HttpRetryPipeline"/> to a typed or named HTTP client.</summary>
public static class HttpRetryClientBuilderExtensions
{
    /// <summary>
    /// Adds the retry pipeline under <paramref name="pipelineName"/>, configured from the bound
    /// <typeparamref name="TOptions"/> and the registered <see cref="TimeProvider"/>; the channel
    /// says which statuses are worth another attempt.
    /// </summary>
    public static IHttpResiliencePipelineBuilder AddRetryPipeline<TOptions>(
        this IHttpClientBuilder builder, string pipelineName, Func<HttpStatusCode, bool> isTransientStatus)
        where TOptions : HttpRetryOptions
    {
        ArgumentNullException.ThrowIfNull(builder);

        return builder.AddResilienceHandler(pipelineName, (pipeline, context) => HttpRetryPipeline.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            isTransientStatus));
    }
}
