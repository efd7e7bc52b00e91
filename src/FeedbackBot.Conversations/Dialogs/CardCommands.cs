namespace FeedbackBot.Conversations.Dialogs;

/// <summary>
/// Buttons that start a dialog, whatever the conversation is doing: a card button whose data holds
/// <see cref="Command"/> (a registered command word) begins that dialog afresh, replacing any
/// running one, and the dialog reads the rest of the button's data from the turn's values. A vote
/// button on a card sent days ago must still count, even if the customer started something else since.
/// </summary>
public static class CardCommands
{
    /// <summary>The button-data key that names the command to start.</summary>
    public const string Command = "command";

    /// <summary>Button data that starts <paramref name="command"/> with <paramref name="values"/>.</summary>
    public static IReadOnlyDictionary<string, string> Data(string command, params (string Key, string Value)[] values)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [Command] = command };
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }
}
