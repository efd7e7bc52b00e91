using FeedbackBot.Core.Votes;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>The five ports of the votes feature over one backing store, as one instance of the bot has them.</summary>
public sealed record VoteStores(
    IFeedbackRequestStore Requests, IVoteStore Votes, IWeeklyAggregateStore Aggregates, ICustomerPreferenceStore Customers, ICountIntentStore Intents)
{
    /// <summary>The counter an instance counts with over these stores.</summary>
    public AggregateCounter Counter() => new(Aggregates, Intents);
}
