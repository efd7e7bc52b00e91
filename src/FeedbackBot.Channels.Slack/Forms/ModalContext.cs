using System.Text.Json;
using FeedbackBot.Channels.Slack.Payloads;

namespace FeedbackBot.Channels.Slack.Forms;

/// <summary>
/// What a modal carries in its <c>private_metadata</c> (≤ 3000 characters) so its submission
/// can rejoin the conversation it was opened from: the channel and thread, whether replies are
/// private, the submit button's data, and a fingerprint of the form shown.
/// </summary>
internal sealed record ModalContext(string ChannelId, string? ThreadTs, bool Ephemeral, string Form)
{
    /// <summary>The data of the card button the modal's submit stands for.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public string Serialize() => JsonSerializer.Serialize(this, SlackJson.Options);

    /// <returns>The context, or <c>null</c> when the text is not one we wrote.</returns>
    public static ModalContext? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var context = JsonSerializer.Deserialize<ModalContext>(text, SlackJson.Options);
            return context is { ChannelId.Length: > 0, Form: not null } ? context : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
