namespace FeedbackBot.ScaleOut.Checks;

/// <summary>One check of a run: what was checked, over how many items, and the first problems found.</summary>
internal sealed record CheckResult(string Name, int Checked, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
