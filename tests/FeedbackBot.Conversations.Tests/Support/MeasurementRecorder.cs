using System.Diagnostics.Metrics;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>Listens to the instruments of one meter factory and keeps (instrument, value, channel, outcome).</summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener listener;

    public MeasurementRecorder(IMeterFactory factory)
    {
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Counter values as measured; histogram values as 0 (durations vary).</summary>
    public List<(string Instrument, double Value, string? Channel, string? Outcome)> Measurements { get; } = [];

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? channel = null;
        string? outcome = null;
        foreach (var tag in tags)
        {
            channel = tag.Key == "channel" ? tag.Value as string : channel;
            outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
        }

        lock (Measurements)
        {
            Measurements.Add((instrument.Name, instrument is Counter<long> ? value : 0, channel, outcome));
        }
    }
}
