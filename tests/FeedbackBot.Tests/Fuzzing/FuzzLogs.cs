using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>Log lines that mean an exception escaped our code and reached ASP.NET Core or Kestrel.</summary>
internal static class FuzzLogs
{
    public static void AssertNoneUnhandled(CapturedLogs logs)
    {
        var unhandled = logs.Lines
            .Where(line => (line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal))
                && (line.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) || line.Contains("Unhandled", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (unhandled.Count > 0)
        {
            Assert.Fail($"{unhandled.Count} unhandled exceptions (seed {FuzzSettings.Seed}); the first:\n" + (unhandled[0].Length > 4_000 ? unhandled[0][..4_000] : unhandled[0]));
        }
    }
}
