using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Hosting;

/// <summary>
/// Says loudly at start-up when the bot runs without an app id: fine on a laptop, never in
/// production, because /api/messages then accepts unauthenticated requests (as the SDK does).
/// </summary>
internal sealed partial class LocalModeWarning(IOptions<BotFrameworkOptions> options, ILogger<LocalModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            LogLocalMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is empty: local mode. /api/messages accepts requests without a token and replies carry none. Configure MicrosoftAppId and MicrosoftAppPassword before exposing the bot.")]
    private static partial void LogLocalMode(ILogger logger);
}
