using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

/// <summary>
/// A journal test's world: the in-memory journal and event claims every instance shares, the fake
/// Slack on loopback, and the instance (<see cref="JournalRig"/>) a test starts; all disposed after it.
/// </summary>
public abstract class JournalTestBase : IAsyncDisposable
{
    private FakeSlackWebApi? _slack;
    private JournalRig? _rig;

    private protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected InMemorySlackWorkJournal Journal { get; } = new();

    private protected InMemorySlackEventDedupe Dedupe { get; } = new();

    private protected FakeSlackWebApi Slack => _slack ?? throw new InvalidOperationException("Start the instance first.");

    public async ValueTask DisposeAsync()
    {
        if (_rig is not null)
        {
            await _rig.DisposeAsync();
        }

        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the fake Slack and one instance over the shared stores.</summary>
    private protected async Task<JournalRig> StartAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        return _rig = new JournalRig(_slack, Journal, Dedupe);
    }
}
