namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>Who minted a token, decided from its unvalidated <c>iss</c> before any signature work.</summary>
internal enum TokenSource
{
    Untrusted,

    /// <summary>Azure Bot Service (Teams, Web Chat, Direct Line): Bot Framework metadata, endorsements, serviceurl.</summary>
    Channel,

    /// <summary>The Emulator (Entra-issued, minted with the bot's own credentials): Entra metadata, appid check.</summary>
    Emulator,
}
