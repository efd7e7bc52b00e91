using FeedbackBot.Testing.Azurite;

[assembly: AssemblyFixture(typeof(FeedbackBot.Storage.TableStorage.Tests.AzuriteFixture))]

namespace FeedbackBot.Storage.TableStorage.Tests;

/// <summary>
/// One Azurite for the whole test assembly (it takes seconds to start); test classes keep apart
/// through table prefixes of their own. When Azurite cannot run here, tests that need it are
/// skipped with the reason, or fail under <c>CI=true</c>: they never pass without it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;
    private string _unavailableReason = "Azurite was not started.";

    /// <summary>The running server; skips (or under CI fails) the calling test when there is none.</summary>
    public AzuriteServer Server
    {
        get
        {
            AzuriteRequirement.Require(_server, _unavailableReason);
            return _server!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        try
        {
            _server = await AzuriteServer.StartNewAsync(TestContext.Current.CancellationToken);
        }
        catch (AzuriteUnavailableException ex)
        {
            _unavailableReason = ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
