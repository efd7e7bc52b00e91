using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Creates a feedback request (from the helpdesk API or staff in chat) and, when it is new and the
/// customer is to be asked, messages them where the bot can reach them.
/// </summary>
public sealed partial class FeedbackRequestDesk(FeedbackRequests requests, SurveyDelivery delivery, SurveyLinks links, ILogger<FeedbackRequestDesk> logger)
{
    public async Task<RequestResult> CreateAsync(NewInteraction interaction, CancellationToken ct)
    {
        var creation = await requests.CreateAsync(interaction, ct).ConfigureAwait(false);
        if (creation.DeferredFailure is { } failure)
        {
            LogDeferred(logger, failure);
        }

        var (request, created) = creation;
        var delivered = created && request.Asked && await delivery.TryDeliverAsync(request, reminder: false, ct).ConfigureAwait(false);
        return new RequestResult(request, created, delivered, request.Asked ? links.LinkFor(request) : null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A feedback request is stored, but counting it in its week failed; the count repair job counts it")]
    private static partial void LogDeferred(ILogger logger, Exception exception);
}

/// <summary>
/// A request, whether this call created it, whether the customer was messaged in chat, and its
/// survey link (<c>null</c> when the customer is not asked: sampling, rate limit or opt-out).
/// </summary>
public sealed record RequestResult(FeedbackRequest Request, bool Created, bool Delivered, Uri? SurveyUrl);
