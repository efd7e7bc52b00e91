using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// How many inputs each endpoint gets and from which seed. The test command runs a CI-sized
/// number; <c>FEEDBACKBOT_FUZZ_INPUTS</c> raises it for the full run (docs/reliability.md), and
/// <c>FEEDBACKBOT_FUZZ_SEED</c> replays a failing run exactly (the seed is in every failure message).
/// </summary>
internal static class FuzzSettings
{
    private const int DefaultInputsPerEndpoint = 2_000;
    private const ulong DefaultSeed = 20_261_123;

    /// <summary>
    /// <c>FeedbackBot:RateLimits</c> off: one client sends every input, and 429s would keep most of
    /// them from the parsers and dialogs (the limits have their own tests in Security/).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Unthrottled { get; } = new Dictionary<string, string?>
    {
        ["FeedbackBot:RateLimits:TurnsPerMinute"] = "0",
        ["FeedbackBot:RateLimits:InteractionsPerMinute"] = "0",
        ["FeedbackBot:RateLimits:LinkRequestsPerMinute"] = "0",
    };

    public static int InputsPerEndpoint =>
        int.TryParse(Environment.GetEnvironmentVariable("FEEDBACKBOT_FUZZ_INPUTS"), out var inputs) && inputs > 0 ? inputs : DefaultInputsPerEndpoint;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("FEEDBACKBOT_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;

    /// <summary><paramref name="count"/> samples of <paramref name="gen"/>, the same ones for the same seed and salt.</summary>
    public static T[] Sample<T>(Gen<T> gen, int count, ulong salt) => gen.Sample(count, new Rnd(Seed ^ salt), 30);
}
