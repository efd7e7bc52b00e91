namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>Where a fresh token comes from for one app type (client secret or managed identity).</summary>
internal interface IBotTokenSource
{
    Task<BotAccessToken> AcquireAsync(CancellationToken ct);
}
