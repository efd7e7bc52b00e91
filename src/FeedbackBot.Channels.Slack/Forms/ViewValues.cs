using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Forms;

/// <summary>
/// Reads a submitted modal's <c>state.values</c> (block id → action id → element state) into
/// the turn's values, keyed by action id, which the modal renderer set to the card input's id.
/// A multi-select gives its values comma-separated, as an Adaptive Card ChoiceSet does; a people
/// picker gives the user id, and the person is a mention of the turn too.
/// </summary>
internal static class ViewValues
{
    public static Dictionary<string, string> Read(ViewState? state)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in state?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, ElementState>>())
        {
            // Slack never sends nulls here, but a forged body that passed the signature check
            // (someone holding the secret) must still not crash the worker.
            foreach (var (actionId, element) in block.Value ?? new Dictionary<string, ElementState>())
            {
                var value = element?.Value
                    ?? element?.SelectedOption?.Value
                    ?? (element?.SelectedOptions is { Count: > 0 } many ? string.Join(',', many.Where(o => o?.Value is not null).Select(o => o!.Value)) : null)
                    ?? element?.SelectedUser;
                if (value is not null)
                {
                    values[actionId] = value;
                }
            }
        }

        return values;
    }

    /// <summary>The people picked in the form's people pickers, in block order.</summary>
    public static IReadOnlyList<ChatUser> People(ViewState? state) =>
        [.. (state?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, ElementState>>())
            .SelectMany(block => block.Value ?? new Dictionary<string, ElementState>())
            .Select(element => element.Value?.SelectedUser)
            .OfType<string>()
            .Where(user => user.Length > 0)
            .Select(user => new ChatUser(user, null))];
}
