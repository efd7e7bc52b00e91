namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// A plain-language way to start a dialog ("weekly summary", "Wochenbericht"): when a message
/// begins with the phrase (case-insensitive, whole words), the root starts
/// <paramref name="DialogId"/> with the rest of the message as its argument. Phrases are not listed
/// in help; the dialog's command is. Register with <c>AddDialogPhrase(...)</c>.
/// </summary>
public sealed record DialogPhrase(string Phrase, string DialogId);
