namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>A bearer token and when it stops being accepted.</summary>
internal sealed record BotAccessToken(string Value, DateTimeOffset ExpiresOn)
{
    // Keep secrets out of ToString, which records print for diagnostics.
    public override string ToString() => $"BotAccessToken {{ ExpiresOn = {ExpiresOn:O} }}";
}
