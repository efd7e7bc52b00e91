using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// The registered dialogs by id and commands by word. Misconfiguration (two dialogs with one id,
/// a command for a dialog nobody registered) fails when the engine is created, not mid-chat.
/// </summary>
internal sealed class DialogRegistry
{
    private readonly Dictionary<string, IDialog> dialogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DialogCommand> commands = new(StringComparer.OrdinalIgnoreCase);

    private readonly List<DialogPhrase> phrases = [];

    public DialogRegistry(IEnumerable<IDialog> dialogs, IEnumerable<DialogCommand> commands, IEnumerable<DialogPhrase> phrases)
    {
        foreach (var dialog in dialogs)
        {
            if (!this.dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs are registered with the id '{dialog.Id}'.");
            }
        }

        foreach (var command in commands)
        {
            if (string.IsNullOrWhiteSpace(command.Command) || command.Command.Any(char.IsWhiteSpace))
            {
                throw new InvalidOperationException($"The command word '{command.Command}' must be one word.");
            }

            if (!this.dialogs.ContainsKey(command.DialogId))
            {
                throw new InvalidOperationException($"The command '{command.Command}' starts dialog '{command.DialogId}', which is not registered.");
            }

            if (!this.commands.TryAdd(command.Command.TrimStart('/'), command))
            {
                throw new InvalidOperationException($"The command '{command.Command}' is registered twice.");
            }
        }

        Commands = [.. this.commands.Values.Where(c => c.Listed).OrderBy(c => c.Command, StringComparer.OrdinalIgnoreCase)];
        foreach (var phrase in phrases)
        {
            if (string.IsNullOrWhiteSpace(phrase.Phrase) || !this.dialogs.ContainsKey(phrase.DialogId))
            {
                throw new InvalidOperationException($"The phrase '{phrase.Phrase}' is empty or starts dialog '{phrase.DialogId}', which is not registered.");
            }

            this.phrases.Add(phrase with { Phrase = Words(phrase.Phrase) });
        }

        // Longest first, so "weekly summary team" is not taken by a shorter phrase that prefixes it.
        this.phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    /// <summary>Every listed command, in alphabetical order (as help lists them).</summary>
    public IReadOnlyList<DialogCommand> Commands { get; }

    public IDialog? FindDialog(string dialogId) => dialogs.GetValueOrDefault(dialogId);

    public DialogCommand? FindCommand(string word) => commands.GetValueOrDefault(word);

    /// <summary>The command a clicked card button names (<see cref="CardCommands.Command"/>), if it is registered.</summary>
    public DialogCommand? FindCardCommand(Turns.ConversationTurn turn) =>
        turn.Values.TryGetValue(CardCommands.Command, out var word) ? FindCommand(word.TrimStart('/')) : null;

    /// <summary>The dialog a message starting with a registered phrase begins, with the rest of the message.</summary>
    public DialogStartPhrase? FindPhrase(string? text)
    {
        var words = Words(text ?? "");
        foreach (var phrase in phrases)
        {
            if (words.StartsWith(phrase.Phrase, StringComparison.OrdinalIgnoreCase)
                && (words.Length == phrase.Phrase.Length || words[phrase.Phrase.Length] == ' '))
            {
                var rest = words[phrase.Phrase.Length..].Trim();
                return new DialogStartPhrase(phrase.DialogId, rest.Length == 0 ? null : rest);
            }
        }

        return null;
    }

    private static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A phrase match: the dialog to begin and the text after the phrase.</summary>
internal sealed record DialogStartPhrase(string DialogId, string? Argument);
