using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Operations;

/// <summary>With an OTLP endpoint configured, turn metrics and traces leave the process.</summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private LocalModeBot _bot = null!;
    private FakeOtlpCollector _collector = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await LocalModeBot.StartAsync();
        _collector = await FakeOtlpCollector.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task Turn_WithOtlpEndpointConfigured_ExportsTurnMetricsAndTraces()
    {
        await using var host = new BotHost(_bot.Database.Path, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });

        await Activities.PostAsync(host.Client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, "help"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (!(_collector.Received("/v1/metrics", "feedbackbot.turns") && _collector.Received("/v1/traces", "FeedbackBot")))
        {
            await Task.Delay(100, timeout.Token);
        }

        Assert.True(_collector.Received("/v1/metrics", "feedbackbot.turn.duration"));
        Assert.True(_collector.Received("/v1/traces", "feedbackbot"));
    }
}
