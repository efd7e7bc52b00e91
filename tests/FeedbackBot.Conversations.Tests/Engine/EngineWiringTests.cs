using System.Diagnostics.Metrics;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Conversations.Tests.Engine;

public sealed class EngineWiringTests
{
    [Fact]
    public void AddDialogCommand_ForUnregisteredDialog_FailsWhenEngineIsCreated()
    {
        var ghost = new DialogCommand("ghost", "no-such-dialog", TestDialogTexts.Resources, "Survey.Description");

        var failure = Assert.Throws<InvalidOperationException>(() => new ConversationHarness(s => s.AddDialogCommand(ghost)));

        Assert.Contains("no-such-dialog", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDialogCommand_SameWordTwice_FailsWhenEngineIsCreated()
    {
        var twin = new DialogCommand("Survey", PairDialog.DialogId, TestDialogTexts.Resources, "Pair.Description");

        Assert.Throws<InvalidOperationException>(() => new ConversationHarness(s => s.AddDialogCommand(twin)));
    }

    [Fact]
    public async Task Turn_Completed_CountsTurnAndDurationWithChannelAndOutcome()
    {
        using var bot = new ConversationHarness();
        using var recorder = new MeasurementRecorder(bot.MeterFactory);
        var measurements = recorder.Measurements;

        await bot.SayAsync("help");

        Assert.Contains(("feedbackbot.turns", 1.0, "test", "completed"), measurements);
        Assert.Contains(measurements, m => m.Instrument == "feedbackbot.turn.duration" && m.Outcome == "completed");
    }

    [Fact]
    public async Task Turn_StoreFails_CountsStoreFailedOutcome()
    {
        using var bot = new ConversationHarness();
        using var recorder = new MeasurementRecorder(bot.MeterFactory);
        var measurements = recorder.Measurements;
        bot.Store.FailReadsWith = new TimeoutException("storage timed out");

        await bot.SayAsync("help");

        Assert.Contains(("feedbackbot.turns", 1.0, "test", "store_failed"), measurements);
    }

    [Fact]
    public async Task Turn_UserText_IsNeverLogged()
    {
        using var bot = new ConversationHarness();
        await bot.SayAsync("survey");
        bot.Store.BeforeNextSave = () => bot.SayAsync("private diagnosis one");

        await bot.SayAsync("private diagnosis two");
        bot.Store.FailSavesWith = new InvalidOperationException("storage account unreachable");
        await bot.SayAsync("private diagnosis three");

        Assert.NotEmpty(bot.Logs.Entries);
        Assert.DoesNotContain(bot.Logs.Entries, e => (e.Message + e.Values).Contains("diagnosis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ConversationsAssembly_References_NoHostCloudStorageOrChannelAssemblies()
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Azure", "Microsoft.Data.Sqlite", "Microsoft.Bot", "FeedbackBot.Channels", "FeedbackBot.Storage"];

        var references = typeof(ConversationEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(references, name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
    }
}
