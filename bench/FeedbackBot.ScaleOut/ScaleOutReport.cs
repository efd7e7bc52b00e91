using System.Globalization;
using FeedbackBot.Bench.Common;
using FeedbackBot.ScaleOut.Checks;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut;

/// <summary>Prints the run's figures and checks as plain lines, one PASS/FAIL verdict last.</summary>
internal sealed class ScaleOutReport(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public void Line(string text) => output.WriteLine(text);

    public void Machine() => Line(string.Create(
        Invariant,
        $"machine         {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}"));

    public void Latency(string label, LatencySummary latency, TimeSpan elapsed, long errors) => Line(string.Create(
        Invariant,
        $"{label,-15} {latency.Count} turns in {elapsed.TotalSeconds:0.0} s = {latency.Count / Math.Max(0.001, elapsed.TotalSeconds):0.0} turns/s; ms p50 {latency.P50Ms:0.0} p90 {latency.P90Ms:0.0} p99 {latency.P99Ms:0.0} max {latency.MaxMs:0.0}; errors {errors}"));

    public void Instances(IReadOnlyList<BotInstance> instances, IReadOnlyDictionary<string, int> turns, IReadOnlyDictionary<string, TimeSpan>? cpuSince, TimeSpan elapsed)
    {
        foreach (var instance in instances)
        {
            var cpu = cpuSince is null ? instance.CpuTime : instance.CpuTime - cpuSince[instance.Name];
            Line(string.Create(
                Invariant,
                $"instance {instance.Name}      {turns.GetValueOrDefault(instance.Name)} turns, cpu {cpu.TotalSeconds:0.0} s = {cpu.TotalSeconds / Math.Max(0.001, elapsed.TotalSeconds):0.00} cores, peak RSS {instance.PeakResidentBytes / 1048576.0:0} MiB, started {instance.Starts}×"));
        }
    }

    /// <summary>How every answer of a fault run was classed, per class with the kinds of request behind it.</summary>
    public void Answers(AnswerLedger ledger)
    {
        foreach (var answer in Enum.GetValues<AnswerClass>())
        {
            var kinds = ledger.ByKind(answer);
            Line(string.Create(
                Invariant,
                $"{(answer == AnswerClass.Answered ? "answers" : ""),-15} {Label(answer),-16} {ledger.Total(answer),6}{(kinds.Count == 0 ? "" : "  (" + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")) + ")")}"));
        }
    }

    private static string Label(AnswerClass answer) => answer switch
    {
        AnswerClass.Answered => "answered",
        AnswerClass.ClearRefusal => "clear refusal",
        AnswerClass.Rerouted => "rerouted",
        AnswerClass.Redelivered => "redelivered",
        AnswerClass.Silence => "SILENCE",
        _ => "UNEXPLAINED",
    };

    /// <summary>Prints every check and answers whether all passed.</summary>
    public bool Checks(IEnumerable<CheckResult> checks)
    {
        var passed = true;
        foreach (var check in checks)
        {
            passed &= check.Passed;
            Line(string.Create(Invariant, $"{(check.Passed ? "PASS" : "FAIL")}  {check.Name}: {check.Checked} checked{(check.Passed ? "" : $", {check.Problems.Count} problems")}"));
            foreach (var problem in check.Problems.Take(5))
            {
                Line("        " + problem);
            }
        }

        return passed;
    }
}
