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
public sealed record DialogCommand(string Command, string DialogId, ResourceManager Descriptions, string DescriptionKey, bool Listed = true);
