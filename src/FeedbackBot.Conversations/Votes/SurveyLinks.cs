using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>The public one-click links of feedback requests: <c>{PublicBaseUrl}/feedback/{token}</c>.</summary>
public sealed class SurveyLinks(Uri publicBaseUrl, SurveyTokens tokens)
{
    /// <summary>The signed token of a request (bound to its interaction, expiring with it).</summary>
    public string TokenFor(FeedbackRequest request) => tokens.Issue(SurveyTicket.For(request));

    /// <summary>The link a customer opens; <c>?vote=hit|miss</c> makes it a one-click vote.</summary>
    public Uri LinkFor(FeedbackRequest request) => new(publicBaseUrl, "feedback/" + TokenFor(request));

    /// <summary>The chat page opened on a request, where the customer can say why.</summary>
    public Uri ChatFor(string token) => new(publicBaseUrl, "?feedback=" + Uri.EscapeDataString(token));
}
