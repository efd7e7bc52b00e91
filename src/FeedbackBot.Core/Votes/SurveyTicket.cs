using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>What a survey link (or a vote button) stands for: one interaction's request, until it expires.</summary>
public sealed record SurveyTicket(string Tenant, IsoWeek Week, string InteractionId, DateTimeOffset ExpiresAt)
{
    /// <summary>The ticket of a request.</summary>
    public static SurveyTicket For(FeedbackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Tenant, request.Week, request.InteractionId, request.ExpiresAt);
    }
}

/// <summary>How reading a survey token went.</summary>
public enum SurveyTokenStatus
{
    Valid,

    /// <summary>Not a token at all (wrong shape, bad encoding, too long).</summary>
    Malformed,

    /// <summary>Well-formed, but the signature is not ours: forged or altered.</summary>
    Forged,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
