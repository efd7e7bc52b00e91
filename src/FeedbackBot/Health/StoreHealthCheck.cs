using FeedbackBot.Core.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FeedbackBot.Health;

/// <summary>Readiness: the configured store answers. A bot that cannot save must not take traffic.</summary>
internal sealed class StoreHealthCheck(IStoreHealthProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await probe.IsReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The store is not reachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception goes to the health-check log, never to the HTTP response.
            return HealthCheckResult.Unhealthy("The store is not reachable.", ex);
        }
    }
}
