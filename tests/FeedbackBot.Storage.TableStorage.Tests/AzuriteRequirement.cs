using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>Outside CI a missing Azurite skips the test with the reason; under <c>CI=true</c> it fails it.</summary>
internal static class AzuriteRequirement
{
    public static void Require(AzuriteServer? server, string unavailableReason)
    {
        if (server is not null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true, and Azurite cannot run: {unavailableReason}");
        }

        Assert.Skip($"Azurite cannot run here: {unavailableReason}");
    }

    /// <summary>Starts a server of the test's own (for outage tests), or skips / fails as above.</summary>
    public static async Task<AzuriteServer> StartOwnAsync()
    {
        try
        {
            return await AzuriteServer.StartNewAsync(TestContext.Current.CancellationToken);
        }
        catch (AzuriteUnavailableException ex)
        {
            Require(null, ex.Message);
            throw;
        }
    }
}
