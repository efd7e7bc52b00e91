namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// The embedded Direct Line endpoint (<c>/v3/directline</c>, the chat page at <c>/</c>), bound from
/// the <c>DirectLine</c> section. In local mode (no <c>MicrosoftAppId</c>) it is on unless
/// <see cref="Enabled"/> is false, with a secret generated at start when none is set; with an app
/// id it is on only when <see cref="Enabled"/> is true, and then <see cref="Secret"/> is required.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The shortest secret accepted: a secret signs every token, so it must not be guessable.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>On/off; unset means "on in local mode, off otherwise".</summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// The Direct Line secret: whoever holds it may mint tokens and act as any user (give it to a
    /// server that embeds Microsoft's Web Chat, never to a browser). Tokens are signed with a key
    /// derived from it, so changing it invalidates every token.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>Activities one conversation may post at once before it is slowed down.</summary>
    public int ActivityBurst { get; set; } = 20;

    /// <summary>Activities per second one conversation may post after its burst is spent.</summary>
    public int ActivitiesPerSecond { get; set; } = 5;

    /// <summary>Conversations (and page tokens) one client address may start at once.</summary>
    public int ConversationStartBurst { get; set; } = 60;

    /// <summary>Conversations one client address may start per minute after its burst is spent.</summary>
    public int ConversationStartsPerMinute { get; set; } = 30;
}
