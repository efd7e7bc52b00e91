using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FeedbackBot.Health;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: it can serve (the store answers).</summary>
public static class HealthCheckExtensions
{
    private const string ReadyTag = "ready";

    private static readonly HttpMethodMetadata ProbeMethods = new([HttpMethods.Get, HttpMethods.Head]);

    public static IServiceCollection AddFeedbackHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // MapHealthChecks answers every method; probes only GET (or HEAD), and nothing here takes a body.
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(ProbeMethods);
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).WithMetadata(ProbeMethods);
        return endpoints;
    }
}
