using FeedbackBot.Channels.BotFramework.Configuration;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// The <c>callerId</c> values a receiver sets after authenticating (PROTOCOLS.md 1.1;
/// botbuilder-dotnet Microsoft.Bot.Connector/Authentication/CallerIdConstants.cs).
/// </summary>
public static class CallerIds
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";

    /// <summary>
    /// The SDK gives channel and Emulator callers the cloud's caller id; the cloud follows from
    /// the configured channel issuer.
    /// </summary>
    internal static string ForChannelIssuer(string channelTokenIssuer) =>
        string.Equals(channelTokenIssuer, GovernmentCloud.ChannelTokenIssuer, StringComparison.OrdinalIgnoreCase)
            ? USGovChannel
            : PublicAzureChannel;
}
