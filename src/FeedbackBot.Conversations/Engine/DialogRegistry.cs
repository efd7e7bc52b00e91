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

    public DialogRegistry(IEnumerable<IDialog> dialogs, IEnumerable<DialogCommand> commands)
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
    }

    /// <summary>Every listed command, in alphabetical order (as help lists them).</summary>
    public IReadOnlyList<DialogCommand> Commands { get; }

    public IDialog? FindDialog(string dialogId) => dialogs.GetValueOrDefault(dialogId);

    public DialogCommand? FindCommand(string word) => commands.GetValueOrDefault(word);

    /// <summary>The command a clicked card button names (<see cref="CardCommands.Command"/>), if it is registered.</summary>
    public DialogCommand? FindCardCommand(Turns.ConversationTurn turn) =>
        turn.Values.TryGetValue(CardCommands.Command, out var word) ? FindCommand(word.TrimStart('/')) : null;
}
