using System.Globalization;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Decisions;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Checks;

/// <summary>
/// Counts what reached the fake Slack: each seeded manager got last week's summary exactly once,
/// each seeded decision owner the follow-up exactly once (and the record says it was sent), every
/// slash command one answer, every chat vote's DM exactly the question and its three answers
/// (a redelivered event had no second effect), and every scripted dialog ended where it should.
/// </summary>
internal static class MessageAudit
{
    public const string FollowUpQuestion = "How did customers actually react?";

    private static readonly string PushIntro = SummaryTexts.Get(SummaryTexts.PushedIntro, CultureInfo.GetCultureInfo("en"));

    /// <summary>
    /// Waits (up to <paramref name="deadline"/>) for the jobs that fall due during the run: the
    /// follow-up tick is once a minute per instance.
    /// </summary>
    public static async Task WaitForJobsAsync(ReplyInbox inbox, JobSeed seed, TimeSpan deadline, CancellationToken ct)
    {
        var waiting = seed.Pushes.Select(p => ("D" + p.Manager, PushIntro))
            .Concat(seed.FollowUps.Select(f => ("D" + f.Record.OwnerId, FollowUpQuestion)));
        try
        {
            await Task.WhenAll(waiting.Select(w => inbox.WaitForAsync(w.Item1, 0, w.Item2, deadline, ct))).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported by the checks, with counts.
        }

        // Anything sent twice would come from the other instance's next tick: give it a moment.
        await Task.Delay(TimeSpan.FromSeconds(2), ct).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<CheckResult>> RunAsync(ReplyInbox inbox, JobSeed seed, StoreAccess store, Expectations expected, CancellationToken ct)
    {
        var pushProblems = seed.Pushes
            .Select(p => (p.Tenant, Count: Count(inbox, "D" + p.Manager, PushIntro)))
            .Where(p => p.Count != 1)
            .Select(p => $"weekly summary of {p.Tenant}: sent {p.Count}×")
            .ToList();

        var followUpProblems = new List<string>();
        foreach (var (record, dueDuringRun) in seed.FollowUps)
        {
            var count = Count(inbox, "D" + record.OwnerId, FollowUpQuestion);
            var stored = await store.Get<IDecisionLog>().FindAsync(record.Tenant, record.Id, ct).ConfigureAwait(false);
            if (count != 1 || stored?.FollowUpSentAt is null)
            {
                followUpProblems.Add($"follow-up of {record.Decision} ({(dueDuringRun ? "due during the run" : "due at start")}): sent {count}×, marked sent: {stored?.FollowUpSentAt is not null}");
            }
        }

        var messageProblems = expected.MessageCounts
            .Select(e => (e.Key, Expected: e.Value, Actual: inbox.Messages(e.Key).Count))
            .Where(e => e.Expected != e.Actual)
            .Select(e => $"{e.Key}: {e.Actual} messages, expected {e.Expected}")
            .Concat(expected.NoRepeatKeys
                .Select(key => (key, Repeated: inbox.Messages(key)
                    .Where(m => ClearTexts.Classify(m) == ChatAnswer.Reply) // "please try again" may come once per refused try
                    .GroupBy(m => m, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList()))
                .Where(r => r.Repeated.Count > 0)
                .Select(r => $"{r.key}: sent twice: {r.Repeated[0].ReplaceLineEndings(" ")}"))
            .ToList();

        // What went wrong first, then which dialogs it left unfinished.
        var dialogProblems = expected.Problems
            .Concat(expected.Dialogs.Where(d => d.Value != DialogOutcome.EndedAsScripted).Select(d => $"{d.Key}: {d.Value}"))
            .ToList();

        return
        [
            new CheckResult("weekly push sent once per tenant's manager", seed.Pushes.Count, pushProblems),
            new CheckResult("decision follow-ups sent once each", seed.FollowUps.Count, followUpProblems),
            new CheckResult("slack answers once per command / event (retries to the other instance)", expected.MessageCounts.Count + expected.NoRepeatKeys.Count, messageProblems),
            new CheckResult("dialogs ended where their script expected", expected.Dialogs.Count, dialogProblems),
        ];
    }

    private static int Count(ReplyInbox inbox, string key, string text) =>
        inbox.Messages(key).Count(m => m.Contains(text, StringComparison.Ordinal));
}
