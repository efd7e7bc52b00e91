// Table Votes. PartitionKey: TableKeys.Compose(tenant, isoWeek "2026-W47"); RowKey: TableKeys.For(interactionId).
// One row per interaction, so a re-vote replaces it (ETag If-Match). Serves the point read before a
// write and the week's list (one partition: rebuild, export). The vote itself is JSON in Payload*;
// Verdict, AgentId, HasComment and Team are plain columns for people reading the table. The weekly
// summary's newest MISS comments come from the MissComments table (MissCommentEntity), kept with the vote.
using Azure.Data.Tables;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Storage.TableStorage.Votes;

internal static class VoteEntity
{
    public static string PartitionKey(string tenant, IsoWeek week) => TableKeys.Compose(tenant, week.ToString());

    public static string RowKey(string interactionId) => TableKeys.For(interactionId);

    public static TableEntity Create(Vote vote)
    {
        var entity = new TableEntity(PartitionKey(vote.Tenant, vote.Week), RowKey(vote.InteractionId))
        {
            ["Verdict"] = vote.Verdict.ToString(),
            ["AgentId"] = vote.AgentId,
            ["HasComment"] = !string.IsNullOrEmpty(vote.Comment),
            ["Team"] = vote.Team,
        };
        ChunkedPayload.Write(entity, VoteJson.Write(vote));
        return entity;
    }

    public static Vote Read(TableEntity entity) => VoteJson.Read<Vote>(ChunkedPayload.Read(entity));
}
