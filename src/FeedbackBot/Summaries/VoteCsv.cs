using System.Globalization;
using System.Text;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Summaries;

/// <summary>
/// The week's votes as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
/// or line break quoted, quotes doubled), one row per vote, with a header row. Text cells that a
/// spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading
/// apostrophe (OWASP's CSV-injection guard). Customer ids are left out on purpose.
/// </summary>
internal static class VoteCsv
{
    public static readonly string[] Header =
        ["week", "voted_at", "interaction_id", "request_id", "verdict", "comment", "element", "agent_id", "agent_name", "team", "via", "follow_up_by", "follow_up_at"];

    public static async Task WriteAsync(IEnumerable<Vote> votes, TimeZoneInfo zone, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(Row(Header).AsMemory(), ct).ConfigureAwait(false);
        foreach (var vote in votes)
        {
            await writer.WriteAsync(Row(Cells(vote, zone)).AsMemory(), ct).ConfigureAwait(false);
        }
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Field)) + "\r\n";

    /// <summary>One field, guarded against formulas and quoted where RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string?[] Cells(Vote vote, TimeZoneInfo zone) =>
    [
        vote.Week.ToString(),
        Instant(vote.VotedAt, zone),
        vote.InteractionId,
        vote.RequestId,
        vote.Verdict == Verdict.Hit ? "HIT" : "MISS",
        vote.Comment,
        vote.ElementId,
        vote.AgentId,
        vote.AgentName,
        vote.Team,
        vote.Via,
        vote.FollowUpBy,
        vote.FollowUpAt is { } at ? Instant(at, zone) : null,
    ];

    // ISO 8601 with the workspace's offset, so a spreadsheet sorts it and a reader sees local time.
    private static string Instant(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read umlauts and emoji right.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
