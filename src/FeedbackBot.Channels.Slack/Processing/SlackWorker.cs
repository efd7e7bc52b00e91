using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Journal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// Drains the <see cref="SlackWorkQueue"/> with a fixed number of concurrent loops. On shutdown
/// the queue stops taking work and the loops finish what Slack was already told we accepted,
/// until the host's shutdown timeout cancels them; what they could not run gives its journal lease
/// up, so another instance takes it over at once. One failing item is logged and never stops a loop.
/// </summary>
internal sealed partial class SlackWorker(
    SlackWorkQueue queue,
    SlackWorkRunner runner,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource abort = new();
    private Task loops = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loops = Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(DrainAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(abort.Cancel);
        await loops.ConfigureAwait(false);

        // Without workers (Slack:Workers 0) nothing drained the queue: hand its work on at once.
        while (queue.Reader.TryRead(out var left))
        {
            LogDropped(logger, left.GetType().Name);
            await runner.ReleaseAsync(left).ConfigureAwait(false);
        }
    }

    public void Dispose() => abort.Dispose();

    private async Task DrainAsync()
    {
        await foreach (var work in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (abort.IsCancellationRequested)
            {
                LogDropped(logger, work.GetType().Name);
                await runner.ReleaseAsync(work).ConfigureAwait(false);
                continue;
            }

            try
            {
                await runner.RunAsync(work, abort.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!abort.IsCancellationRequested)
            {
                LogFailed(logger, ex, work.GetType().Name, work.Target.ChannelId);
            }
            catch (Exception)
            {
                LogDropped(logger, work.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Work} in {ChannelId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Work} not run here: the host stopped before it ran (journaled work is left to another instance)")]
    private static partial void LogDropped(ILogger logger, string work);
}
