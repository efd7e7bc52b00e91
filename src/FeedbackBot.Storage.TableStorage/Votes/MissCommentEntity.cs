// Table MissComments. PartitionKey: TableKeys.Compose(tenant, isoWeek), as the vote's; RowKey:
// TableKeys.Compose(inverted VotedAt ticks, 19 digits, interactionId), so a partition lists newest first
// and the weekly summary's "newest N MISS comments" reads N rows (Table Storage cannot sort, and a
// filter on the Votes partition would transfer every commented MISS of the week). One row per vote
// that is a MISS with a comment; InteractionId and Team are columns (the team filter runs on the
// server). The comment itself stays in the vote only: a row points at its vote, and the reader keeps
// a row only while the vote it points at still is that commented MISS (same VotedAt), so a row left
// behind by a crash between the vote write and the row's delete, or by a lost race, is never shown
// ("forget me" erases the comment from the vote, and with it from the summary).
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class MissCommentEntity
{
    public const string InteractionId = "InteractionId";
    public const string Team = "Team";

    /// <summary>True when <paramref name="vote"/> belongs in the table: a MISS that carries a comment.</summary>
    public static bool Indexes(Vote? vote) => vote is { Verdict: Verdict.Miss, Comment.Length: > 0 };

    public static string RowKey(Vote vote) =>
        TableKeys.Compose((DateTimeOffset.MaxValue.UtcTicks - vote.VotedAt.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture), vote.InteractionId);

    public static TableEntity Create(Vote vote)
    {
        var entity = new TableEntity(VoteEntity.PartitionKey(vote.Tenant, vote.Week), RowKey(vote))
        {
            [InteractionId] = vote.InteractionId,
        };
        if (vote.Team is not null)
        {
            entity[Team] = vote.Team;
        }

        return entity;
    }

    /// <summary>True when the row still describes <paramref name="vote"/>, the vote it points at as stored now.</summary>
    public static bool StillDescribes(TableEntity row, Vote? vote) => Indexes(vote) && row.RowKey == RowKey(vote!);
}
