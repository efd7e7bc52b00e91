using System.Text.Json;
using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// The stored form of a conversation's dialog stack: <c>{"version":1,"frames":[...],"write":"…"}</c>,
/// bottom frame first. The version lets a later format be told apart; unreadable payloads give
/// <c>null</c>. <c>write</c> names the turn attempt that saved it (absent in payloads saved before
/// it existed), so a turn whose save went unanswered can tell whether its own write landed.
/// </summary>
internal static class DialogStackSerializer
{
    private const int CurrentVersion = 1;

    public static string Serialize(IReadOnlyList<DialogFrame> frames, string writeId) =>
        JsonSerializer.Serialize(new StoredStack(CurrentVersion, frames, writeId), DialogJson.Options);

    public static StoredStack? TryDeserialize(string payload)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredStack>(payload, DialogJson.Options);
            return stored is { Version: CurrentVersion, Frames: { } frames } && frames.All(f => !string.IsNullOrEmpty(f?.DialogId))
                ? stored
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public sealed record StoredStack(int Version, IReadOnlyList<DialogFrame>? Frames, string? Write = null);
}
