using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Creates a feedback request (from the helpdesk API or staff in chat) and, when it is new and the
/// customer is to be asked, messages them where the bot can reach them.
/// </summary>
public sealed class FeedbackRequestDesk(FeedbackRequests requests, SurveyDelivery delivery, SurveyLinks links)
{
    public async Task<RequestResult> CreateAsync(NewInteraction interaction, CancellationToken ct)
    {
        var (request, created) = await requests.CreateAsync(interaction, ct).ConfigureAwait(false);
        var delivered = created && request.Asked && await delivery.TryDeliverAsync(request, reminder: false, ct).ConfigureAwait(false);
        return new RequestResult(request, created, delivered, request.Asked ? links.LinkFor(request) : null);
    }
}

/// <summary>
/// A request, whether this call created it, whether the customer was messaged in chat, and its
/// survey link (<c>null</c> when the customer is not asked: sampling, rate limit or opt-out).
/// </summary>
public sealed record RequestResult(FeedbackRequest Request, bool Created, bool Delivered, Uri? SurveyUrl);
