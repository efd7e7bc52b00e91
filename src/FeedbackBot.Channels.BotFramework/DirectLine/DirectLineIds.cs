using System.Buffers.Text;
using System.Security.Cryptography;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Random, URL-safe ids: unguessable, because a conversation id in a URL must not let anyone
/// reach another's transcript (tokens check it too). User ids start with <c>dl_</c>, as Direct
/// Line's minted user ids do (PROTOCOLS.md 5.1).
/// </summary>
internal static class DirectLineIds
{
    public const int MaxUserIdLength = 256;

    public static string NewConversationId() => Random(16);

    public static string NewUserId() => "dl_" + Random(12);

    public static string NewActivityId() => Random(12);

    /// <summary>A user id a secret holder may choose: not blank, not too long, no control characters.</summary>
    public static bool IsAcceptableUserId(string? userId) =>
        !string.IsNullOrWhiteSpace(userId) && userId.Length <= MaxUserIdLength && !userId.Any(char.IsControl);

    private static string Random(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
