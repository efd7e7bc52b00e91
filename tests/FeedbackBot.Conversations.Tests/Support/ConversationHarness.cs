using System.Diagnostics.Metrics;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Conversations.Tests.Support;

/// <summary>
/// The engine as the host wires it (<c>AddConversations</c> + the test dialogs and commands),
/// over an in-memory store, a fake clock and recording sinks: a test plays a conversation turn by
/// turn and reads what the bot answered.
/// </summary>
internal sealed class ConversationHarness : IDisposable
{
    public static readonly ConversationKey Conversation = new("test", "conversation-1");

    private readonly ServiceProvider services;

    public ConversationHarness(Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<IDialogStateStore>(Store);
        collection.AddSingleton<IMeterFactory>(MeterFactory);
        collection.AddSingleton<ILoggerFactory>(Logs);
        collection.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        collection.AddSingleton(Completed);
        collection
            .AddConversations()
            .AddDialog<SurveyDialog>()
            .AddDialog<PairDialog>()
            .AddDialog<ParentDialog>()
            .AddDialogCommand(new DialogCommand("survey", SurveyDialog.DialogId, TestDialogTexts.Resources, "Survey.Description"))
            .AddDialogCommand(new DialogCommand("pair", PairDialog.DialogId, TestDialogTexts.Resources, "Pair.Description"))
            .AddDialogCommand(new DialogCommand("parent", ParentDialog.DialogId, TestDialogTexts.Resources, "Parent.Description"));

        // The engine pauses between checks of an unanswered save on the clock, which is fake here.
        collection.Configure<DialogOptions>(options => options.SaveCheckDelay = TimeSpan.Zero);
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Engine = services.GetRequiredService<ConversationEngine>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public InMemoryDialogStateStore Store { get; } = new();

    public TestMeterFactory MeterFactory { get; } = new();

    public RecordingLoggerFactory Logs { get; } = new();

    public CompletedDialogs Completed { get; } = new();

    public ConversationEngine Engine { get; }

    /// <summary>The harness's services, for feature parts the engine does not reach (jobs).</summary>
    public IServiceProvider Services => services;

    public static ConversationTurn Message(
        string? text,
        string? locale = null,
        IReadOnlyDictionary<string, string>? values = null,
        string? sourceMessageId = null) => new()
        {
            Kind = TurnKind.Message,
            Conversation = Conversation,
            Tenant = "contoso",
            User = new ChatUser("user-1", "Ada"),
            Locale = locale,
            Text = text,
            Values = values ?? new Dictionary<string, string>(),
            SourceMessageId = sourceMessageId,
        };

    public static ConversationTurn BotAdded(string? locale = null) => Message(null, locale) with { Kind = TurnKind.BotAdded };

    public async Task<RecordingReplySink> SendAsync(ConversationTurn turn)
    {
        var sink = new RecordingReplySink();
        await Engine.HandleAsync(turn, sink, TestContext.Current.CancellationToken);
        return sink;
    }

    public Task<RecordingReplySink> SayAsync(string text, string? locale = null) => SendAsync(Message(text, locale));

    /// <summary>Plays several user messages and returns the bot's answer to the last one.</summary>
    public async Task<RecordingReplySink> SayAllAsync(params string[] texts)
    {
        RecordingReplySink? last = null;
        foreach (var text in texts)
        {
            last = await SayAsync(text);
        }

        return last!;
    }

    public void Dispose()
    {
        services.Dispose();
        MeterFactory.Dispose();
    }
}
