namespace FeedbackBot.Channels.Slack.Verification;

/// <summary>Why a request failed verification; logged, never told to the caller (a bare 401).</summary>
public enum SlackVerification
{
    Verified,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    MalformedSignature,
    SignatureMismatch,
}
