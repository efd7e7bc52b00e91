using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Channels.Slack.Commands;

/// <summary>The command words some dialog is registered under, as the engine's root router matches them.</summary>
internal sealed class RegisteredDialogCommands(IEnumerable<DialogCommand> commands)
{
    private readonly HashSet<string> words = new(commands.Select(c => c.Command.TrimStart('/')), StringComparer.OrdinalIgnoreCase);

    public bool Contains(string word) => words.Contains(word);
}
