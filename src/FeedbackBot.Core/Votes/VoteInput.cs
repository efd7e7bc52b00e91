namespace FeedbackBot.Core.Votes;

/// <summary>A customer's verdict on one interaction, as a channel (or the link) received it.</summary>
/// <param name="Via">Where it came from: <c>link</c>, <c>webchat</c>, <c>msteams</c>, <c>slack</c>, ...</param>
public sealed record VoteInput(string Tenant, string InteractionId, Verdict Verdict, string Via, string? Comment = null, string? ElementId = null);
