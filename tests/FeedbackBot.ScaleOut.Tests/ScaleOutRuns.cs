using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.ScaleOut.Tests;

/// <summary>Runs what needs Azurite; outside CI a missing Azurite skips the test with the reason, under <c>CI=true</c> it fails.</summary>
internal static class ScaleOutRuns
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (AzuriteUnavailableException ex)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"CI=true, and Azurite cannot run: {ex.Message}");
            }

            Assert.Skip($"Azurite cannot run here: {ex.Message}");
            throw;
        }
    }
}
