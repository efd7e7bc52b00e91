using System.Globalization;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>Creates the per-turn <see cref="SlackReplySink"/> from the shared clients.</summary>
internal sealed class SlackReplySinkFactory(ISlackWebApi api, IResponseUrlClient responseUrls, TimeProvider time, IOptions<SlackOptions> options, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger<SlackReplySink>();

    public SlackReplySink Create(SlackReplyTarget target, CultureInfo culture) =>
        new(target, culture, api, responseUrls, time, options.Value.ModalTriggerBudget, logger);
}
