using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Tests.Support;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Conversations.Tests.Decisions;

/// <summary>The engine with the decision check wired over in-memory stores.</summary>
internal sealed class DecisionHarness : IDisposable
{
    public DecisionHarness()
    {
        Conversation = new ConversationHarness(services => services
            .AddSingleton<IDecisionLog>(Log)
            .AddSingleton<IServiceCatalogStore>(Catalog)
            .AddSingleton<IElementRankings>(Rankings)
            .AddSingleton<IWeeklyAggregateStore>(Aggregates)
            .AddSingleton<IJobLease>(provider => new InMemoryJobLease(provider.GetRequiredService<TimeProvider>()))
            .AddSingleton<IProactiveChannel>(Proactive)
            .AddDecisionChecks());
        FollowUps = Conversation.Services.GetRequiredService<DecisionFollowUps>();
    }

    public ConversationHarness Conversation { get; }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => Conversation.Time;

    public InMemoryDecisionLog Log { get; } = new();

    public InMemoryServiceCatalog Catalog { get; } = new();

    public InMemoryRankings Rankings { get; } = new();

    public InMemoryAggregates Aggregates { get; } = new();

    public RecordingProactiveChannel Proactive { get; } = new();

    public DecisionFollowUps FollowUps { get; }

    public Task<RecordingReplySink> SayAsync(string text, string? locale = null, string user = "user-1", bool isGroup = false) =>
        Conversation.SendAsync(ConversationHarness.Message(text, locale) with { User = new ChatUser(user, user == "user-1" ? "Ada" : "Mo"), IsGroup = isGroup });

    public async Task<RecordingReplySink> SayAllAsync(params string[] texts)
    {
        RecordingReplySink? last = null;
        foreach (var text in texts)
        {
            last = await SayAsync(text);
        }

        return last!;
    }

    /// <summary>Clicks a card button as <paramref name="user"/>.</summary>
    public Task<RecordingReplySink> ClickAsync(Cards.CardButton button, string user, bool isGroup = true, string? locale = null) =>
        Conversation.SendAsync(ConversationHarness.Message(null, locale, button.Data, sourceMessageId: "card-1") with
        {
            User = new ChatUser(user, user == "user-1" ? "Ada" : "Mo"),
            IsGroup = isGroup,
        });

    public static Cards.CardButton Button(Reply reply, string action, string key, string value) =>
        reply.Card!.Buttons.Single(b => b.Data.GetValueOrDefault(CardActionKeys.Action) == action && b.Data.GetValueOrDefault(key) == value);

    public void Dispose() => Conversation.Dispose();
}
