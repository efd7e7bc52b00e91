namespace FeedbackBot.Core.Telemetry;

/// <summary>
/// The names every layer uses for its OpenTelemetry meters and activity sources, so the host can
/// subscribe to all of them in one place.
/// </summary>
public static class TelemetryNames
{
    /// <summary>Meter and activity source name shared by FeedbackBot's own instrumentation.</summary>
    public const string Root = "FeedbackBot";
}
