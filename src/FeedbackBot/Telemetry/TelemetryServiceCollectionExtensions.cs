using FeedbackBot.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FeedbackBot.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: FeedbackBot's own (turns, latency), ASP.NET Core requests and
/// outbound HTTP calls. Exported over OTLP only when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, the exporter's standard variable), so a local run needs nothing.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddFeedbackTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOverOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("feedbackbot"))
            .WithMetrics(metrics => metrics
                .AddMeter(TelemetryNames.Root)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(TelemetryNames.Root)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation());
        if (exportOverOtlp)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
