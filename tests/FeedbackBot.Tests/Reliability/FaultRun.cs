using System.Globalization;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// How long and how hard the fault tests run. The test command runs them CI-sized; the same tests
/// are the full-length runs with <c>FEEDBACKBOT_FAULT_SECONDS</c> (how long each outage lasts) and
/// <c>FEEDBACKBOT_FAULT_LOAD</c> (concurrent clients per instance) set (docs/reliability.md).
/// </summary>
internal static class FaultRun
{
    public const string SecondsVariable = "FEEDBACKBOT_FAULT_SECONDS";
    public const string LoadVariable = "FEEDBACKBOT_FAULT_LOAD";

    /// <summary>How long the store stays down (and a peer, when set): 5 s CI-sized; the full run is 10 s.</summary>
    public static TimeSpan Outage => TimeSpan.FromSeconds(Read(SecondsVariable, 5));

    /// <summary>Concurrent clients per instance and kind of traffic (votes, dialogs).</summary>
    public static int Load => Read(LoadVariable, 1);

    /// <summary>A generous deadline for anything the tests wait on, so a loaded machine never fails them.</summary>
    public static TimeSpan Deadline => TimeSpan.FromSeconds(60) + Outage * 2;

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
