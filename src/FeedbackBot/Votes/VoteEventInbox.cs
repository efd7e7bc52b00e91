using System.Threading.Channels;
using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Votes;

/// <summary>
/// Stored votes waiting for their listeners (MISS alert, webhook), so the customer's answer never
/// waits on a team channel or a helpdesk. Bounded: when listeners fall far behind, new events are
/// dropped with a log line rather than holding memory without limit (the votes themselves are stored).
/// </summary>
public sealed partial class VoteEventInbox(ILogger<VoteEventInbox> logger) : IVoteEvents
{
    public const int Capacity = 10_000;

    private readonly Channel<VoteEvent> events = Channel.CreateBounded<VoteEvent>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public ChannelReader<VoteEvent> Reader => events.Reader;

    public void Publish(VoteEvent voteEvent)
    {
        if (!events.Writer.TryWrite(voteEvent))
        {
            LogDropped(logger, voteEvent.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vote listeners are behind; a {Kind} event was not announced (the vote is stored)")]
    private static partial void LogDropped(ILogger logger, VoteEventKind kind);
}

/// <summary>Hands each queued vote to every listener in order; a listener's failure is logged and costs the others nothing.</summary>
public sealed partial class VoteEventWorker(VoteEventInbox queue, IEnumerable<IVoteListener> listeners, ILogger<VoteEventWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var voteEvent in queue.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var listener in listeners)
            {
                try
                {
                    await listener.OnVoteAsync(voteEvent, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogListenerFailed(logger, ex, listener.GetType().Name, voteEvent.Kind);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Vote listener {Listener} failed on a {Kind} event")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener, VoteEventKind kind);
}
