using FeedbackBot.Channels.Slack.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// Drains the <see cref="SlackWorkQueue"/> with a fixed number of concurrent loops. On shutdown
/// the queue stops taking work and the loops finish what Slack was already told we accepted,
/// until the host's shutdown timeout cancels them. One failing item is logged and never stops a loop.
/// </summary>
internal sealed partial class SlackWorker(
    SlackWorkQueue queue,
    SlackWorkProcessor processor,
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
    }

    public void Dispose() => abort.Dispose();

    private async Task DrainAsync()
    {
        await foreach (var work in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (abort.IsCancellationRequested)
            {
                LogDropped(logger, work.GetType().Name);
                continue;
            }

            try
            {
                await processor.RunAsync(work, abort.Token).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Work} dropped: the host stopped before it ran")]
    private static partial void LogDropped(ILogger logger, string work);
}
