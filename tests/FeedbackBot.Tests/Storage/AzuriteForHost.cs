using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.Tests.Storage;

/// <summary>
/// Starts an Azurite of the test's own. Outside CI a missing Node.js or azurite package skips the
/// test with the reason; under <c>CI=true</c> it fails it: these tests never pass without Azurite.
/// </summary>
internal static class AzuriteForHost
{
    public static async Task<AzuriteServer> StartAsync()
    {
        try
        {
            return await AzuriteServer.StartNewAsync(TestContext.Current.CancellationToken);
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
