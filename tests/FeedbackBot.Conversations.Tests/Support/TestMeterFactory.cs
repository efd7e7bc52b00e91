using System.Diagnostics.Metrics;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>
/// An <see cref="IMeterFactory"/> whose meters carry it as their scope, so a test's listener
/// hears only its own engine even while other tests run in parallel.
/// </summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in meters)
        {
            meter.Dispose();
        }
    }
}
