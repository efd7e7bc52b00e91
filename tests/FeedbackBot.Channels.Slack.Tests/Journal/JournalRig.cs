using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Conversations;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Slack;
using FeedbackBot.Testing.Dialogs;
using FeedbackBot.Testing.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

/// <summary>
/// The Slack channel's services without a web host, as one instance of the bot, over shared
/// in-memory stores: two rigs over one journal and dedupe are two instances.
/// </summary>
internal sealed class JournalRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public JournalRig(FakeSlackWebApi slack, InMemorySlackWorkJournal journal, ISlackEventDedupe dedupe, IDialogStateStore? states = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequestSigner.TestSigningSecret,
            ["Slack:BotToken"] = "xoxb-journal-test",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:Resilience:BaseDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(states ?? new InMemoryDialogStateStore());
        services.AddSingleton(dedupe);
        services.AddSingleton<ISlackWorkJournal>(journal);
        services.AddConversations();
        ThreeQuestionDialog.Register(services);
        services.AddSlackChannel(configuration);
        _services = services.BuildServiceProvider();
        Journal = journal;
    }

    public InMemorySlackWorkJournal Journal { get; }

    public SlackWorkTakeover Takeover => _services.GetRequiredService<SlackWorkTakeover>();

    public SlackWorkAcceptor Acceptor => _services.GetRequiredService<SlackWorkAcceptor>();

    public SlackWorkQueue Queue => _services.GetRequiredService<SlackWorkQueue>();

    public SlackWorkRunner Runner => _services.GetRequiredService<SlackWorkRunner>();

    public string InstanceId => _services.GetRequiredService<SlackWorkInstance>().Id;

    /// <summary>A DM turn ("three" starts the test dialog, which asks for a name).</summary>
    public static TurnWork DirectMessage(string text, string? eventId = null) => new(
        new ConversationTurn
        {
            Kind = TurnKind.Message,
            Conversation = new ConversationKey("slack", "D42"),
            Tenant = "T42",
            User = new ChatUser("U42", null),
            Text = text,
        },
        new SlackReplyTarget { TeamId = "T42", UserId = "U42", ChannelId = "D42", ReceivedAt = DateTimeOffset.UtcNow },
        eventId is null ? null : new SlackEventClaim("T42", eventId, DateTimeOffset.UtcNow));

    /// <summary>Journals <paramref name="work"/> as a dead instance left it: lease run out, started <paramref name="attempts"/> times.</summary>
    public SlackWorkEntry LeftByDeadInstance(SlackWork work, int attempts) => Journal.Put(new SlackWorkEntry(
        JournaledWork.IdOf(work), JournaledWork.Serialize(work), "dead-instance", DateTimeOffset.UtcNow.AddSeconds(-1), attempts, DateTimeOffset.UtcNow.AddSeconds(-40)));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
