using System.Text.Json;
using FeedbackBot.Conversations.Dialogs;

namespace FeedbackBot.Conversations.Engine;

/// <summary>
/// The stored form of a conversation's dialog stack: <c>{"version":1,"frames":[...]}</c>, bottom
/// frame first. The version lets a later format be told apart; unreadable payloads give <c>null</c>.
/// </summary>
internal static class DialogStackSerializer
{
    private const int CurrentVersion = 1;

    public static string Serialize(IReadOnlyList<DialogFrame> frames) =>
        JsonSerializer.Serialize(new StoredStack(CurrentVersion, frames), DialogJson.Options);

    public static IReadOnlyList<DialogFrame>? TryDeserialize(string payload)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredStack>(payload, DialogJson.Options);
            return stored is { Version: CurrentVersion, Frames: { } frames } && frames.All(f => !string.IsNullOrEmpty(f?.DialogId))
                ? frames
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record StoredStack(int Version, IReadOnlyList<DialogFrame>? Frames);
}
