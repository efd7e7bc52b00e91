using System.Text.Json;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Votes;

/// <summary>
/// The stored form is read back by every later version of the bot, from rows either store wrote:
/// its shape (weeks as text, enums by name, no nulls) is pinned here, not only its round trip.
/// </summary>
public sealed class VoteJsonTests
{
    private static readonly Vote Vote = new()
    {
        Tenant = "tenant-1",
        Week = new IsoWeek(2026, 47),
        InteractionId = "ticket/4711",
        RequestId = "r1",
        Verdict = Verdict.Miss,
        Comment = "Zoë waited 👍🏽",
        AgentId = "agent-7",
        Via = "link",
        VotedAt = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Write_Vote_StoresWeekAsIsoTextAndVerdictByNameWithoutNulls()
    {
        var stored = JsonDocument.Parse(VoteJson.Write(Vote)).RootElement;

        Assert.Equal("2026-W47", stored.GetProperty("week").GetString());
        Assert.Equal("Miss", stored.GetProperty("verdict").GetString());
        Assert.False(stored.TryGetProperty("team", out _));
    }

    [Fact]
    public void Read_WhatWriteStored_IsTheSameVote()
    {
        var read = VoteJson.Read<Vote>(VoteJson.Write(Vote));

        Assert.Equal(Vote, read);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"week\":\"47/2026\"}")]
    public void Read_CorruptPayload_ThrowsJsonException(string payload)
    {
        Assert.Throws<JsonException>(() => VoteJson.Read<Vote>(payload));
    }
}
