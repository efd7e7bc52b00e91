using System.Threading.Channels;
using FeedbackBot.Channels.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// The bounded hand-over between Slack's 3-second acknowledgement and the turn. Endpoints never
/// wait on it: a full queue is answered at once ("busy, try again"), never by blocking the ack.
/// </summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWork> channel = Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public ChannelReader<SlackWork> Reader => channel.Reader;

    /// <summary>True when no more work fits; checked before work is journaled, so refused work leaves nothing behind.</summary>
    public bool IsFull => channel.Reader.Count >= options.Value.QueueCapacity;

    /// <summary>False when the queue is full or shutting down; the caller tells the user.</summary>
    public bool TryEnqueue(SlackWork work) => channel.Writer.TryWrite(work);

    /// <summary>Accepts no more work; the workers finish what was already acknowledged.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
