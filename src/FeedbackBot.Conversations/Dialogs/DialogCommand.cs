using System.Resources;

namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// Lets the root router start a dialog by a command word ("decision-check", also typed as
/// "/decision-check"), and lists it in help with a one-line description read from the feature's
/// own resources. Register with <c>AddDialogCommand(...)</c>.
/// </summary>
/// <param name="Command">The word, matched case-insensitively; no spaces.</param>
/// <param name="DialogId">The <see cref="IDialog.Id"/> to begin; the rest of the message is its argument.</param>
/// <param name="Descriptions">The feature's resources holding the description.</param>
/// <param name="DescriptionKey">The key of the one-line description in <paramref name="Descriptions"/>.</param>
/// <param name="Listed">False for commands only card buttons send (<see cref="CardCommands"/>): they are not shown in help.</param>
public sealed record DialogCommand(string Command, string DialogId, ResourceManager Descriptions, string DescriptionKey, bool Listed = true)
{
    /// <summary>When set, help ends with a card offering this command as a button (texts read from <see cref="Descriptions"/>).</summary>
    public CommandOffer? Offer { get; init; }
}

/// <summary>A line inviting users to a command, and the title of the button that starts it.</summary>
/// <param name="TextKey">The invitation ("Done helping a customer? Ask them how it went.").</param>
/// <param name="ButtonKey">The button's title ("Ask a customer for feedback").</param>
public sealed record CommandOffer(string TextKey, string ButtonKey);
