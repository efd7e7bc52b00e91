using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Core.DirectLine;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// A conversation's transcript as clients see it: activities stamped with <c>id</c> and
/// <c>timestamp</c> when appended (PROTOCOLS.md 5.3), read back in pages after a watermark.
/// </summary>
public sealed class DirectLineTranscript(IDirectLineTranscriptStore store, TimeProvider time)
{
    /// <summary>The most activities one poll returns; the client gets the rest on its next poll.</summary>
    public const int PageSize = 100;

    /// <summary>
    /// Appends <paramref name="activity"/>, giving it a new id unless it has one (a bot message
    /// replacing an earlier one keeps that one's id, and clients replace it in place) and the
    /// current time as an ISO string in UTC, which Web Chat sorts by (5.2). Returns the id.
    /// </summary>
    public async Task<string> AppendAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= DirectLineIds.NewActivityId();
        activity.Timestamp = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        await store.AppendAsync(activity.Conversation!.Id!, JsonSerializer.Serialize(activity, BotFrameworkJson.Options), ct);
        return activity.Id;
    }

    /// <summary>
    /// The activities after <paramref name="afterWatermark"/>, and the watermark to poll after
    /// next: the last one returned, or the one asked for when nothing is new.
    /// </summary>
    public async Task<DirectLineActivitySet> ReadAsync(string conversationId, long afterWatermark, CancellationToken ct)
    {
        var page = await store.ReadAfterAsync(conversationId, afterWatermark, PageSize, ct);
        return new DirectLineActivitySet
        {
            Activities = new JsonArray([.. page.Select(a => JsonNode.Parse(a.Payload))]),
            Watermark = (page.Count > 0 ? page[^1].Watermark : afterWatermark).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Reads the <c>watermark</c> query value: empty or missing means "from the start" (DirectLineJS
    /// sends <c>watermark=</c> on its first poll); anything but a non-negative integer is not ours.
    /// </summary>
    public static bool TryParseWatermark(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text)
            || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }
}
