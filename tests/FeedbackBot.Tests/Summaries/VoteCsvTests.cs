using System.Text;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Summaries;

namespace FeedbackBot.Tests.Summaries;

public sealed class VoteCsvTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task Write_TrickyComments_ParsesBackToTheVotes()
    {
        string[] comments =
        [
            "Slow, but friendly",
            "She said \"we'll call back\" and didn't",
            "line one\r\nline two\nline three",
            "😡 never again 👎🏽 Zoë",
            "=cmd|' /C calc'!A0",
            "+1 more",
            "-2 stars",
            "@SUM(A1)",
            "",
        ];
        var votes = comments.Select((c, i) => Vote(i, c)).ToList();

        var text = await WriteAsync(votes);
        var rows = Parse(text);

        Assert.Equal(VoteCsv.Header, rows[0]);
        Assert.Equal(votes.Count, rows.Count - 1);
        var comment = Array.IndexOf(VoteCsv.Header, "comment");
        Assert.Equal("Slow, but friendly", rows[1][comment]);
        Assert.Equal("She said \"we'll call back\" and didn't", rows[2][comment]);
        Assert.Equal("line one\r\nline two\nline three", rows[3][comment]);
        Assert.Equal("😡 never again 👎🏽 Zoë", rows[4][comment]);
        Assert.Equal("'=cmd|' /C calc'!A0", rows[5][comment]);
        Assert.Equal("'+1 more", rows[6][comment]);
        Assert.Equal("'-2 stars", rows[7][comment]);
        Assert.Equal("'@SUM(A1)", rows[8][comment]);
        Assert.Equal("", rows[9][comment]);
        Assert.Equal(votes.Select(v => v.InteractionId), rows.Skip(1).Select(r => r[Array.IndexOf(VoteCsv.Header, "interaction_id")]));
        Assert.Equal("2026-11-18T11:00:00+01:00", rows[1][Array.IndexOf(VoteCsv.Header, "voted_at")]);
        Assert.Equal("MISS", rows[1][Array.IndexOf(VoteCsv.Header, "verdict")]);
        Assert.DoesNotContain("customer", string.Join(",", VoteCsv.Header), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Output_UsesCrlfLineEndsOutsideQuotes()
    {
        var text = await WriteAsync([Vote(0, "plain")]);

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<string> WriteAsync(IReadOnlyList<Vote> votes)
    {
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, VoteCsv.Encoding, leaveOpen: true))
        {
            await VoteCsv.WriteAsync(votes, Berlin, writer, TestContext.Current.CancellationToken);
        }

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>An RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }

        return rows;
    }

    private static Vote Vote(int i, string comment) => new()
    {
        Tenant = "contoso",
        Week = new IsoWeek(2026, 47),
        InteractionId = $"ticket,{i}",
        RequestId = $"r-{i}",
        Verdict = Verdict.Miss,
        Comment = comment,
        AgentId = "agent-7",
        AgentName = "Sam \"the fixer\"",
        Team = "Support, EU",
        CustomerId = "cust-secret",
        Via = "link",
        VotedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero).AddMinutes(i),
    };
}
