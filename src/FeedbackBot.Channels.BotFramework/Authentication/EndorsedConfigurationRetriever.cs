using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Builds an <see cref="EndorsedOpenIdConfiguration"/> for <see cref="ConfigurationManager{T}"/>: the
/// metadata document, then the keys document its <c>jwks_uri</c> names. It also reports each finished
/// retrieval, because the manager (IdentityModel 8.x) refreshes in the background after
/// <see cref="ConfigurationManager{T}.RequestRefresh"/>: waiting for that retrieval is what lets an
/// unknown <c>kid</c> be retried against the fresh keys rather than the stale ones.
/// </summary>
internal sealed class EndorsedConfigurationRetriever(TimeProvider timeProvider) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private TaskCompletionSource<EndorsedOpenIdConfiguration?> _nextRetrieval = NewSignal();

    /// <summary>Completes when the next retrieval ends: with its configuration, or null if it failed.</summary>
    public Task<EndorsedOpenIdConfiguration?> NextRetrieval => Volatile.Read(ref _nextRetrieval).Task;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        EndorsedOpenIdConfiguration? configuration = null;
        try
        {
            var metadataJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
            var jwksUri = OpenIdConnectConfiguration.Create(metadataJson).JwksUri;
            if (string.IsNullOrWhiteSpace(jwksUri))
            {
                throw new InvalidOperationException($"The OpenID metadata at {address} names no jwks_uri.");
            }

            var keysJson = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);
            configuration = new EndorsedOpenIdConfiguration(metadataJson, keysJson, timeProvider.GetUtcNow());
            return configuration;
        }
        finally
        {
            Interlocked.Exchange(ref _nextRetrieval, NewSignal()).TrySetResult(configuration);
        }
    }

    private static TaskCompletionSource<EndorsedOpenIdConfiguration?> NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
