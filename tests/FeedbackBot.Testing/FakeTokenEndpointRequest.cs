namespace FeedbackBot.Testing;

/// <summary>A token request the fake endpoint answered (the client secret is not kept).</summary>
/// <param name="Kind"><c>client_credentials</c> or <c>managed_identity</c>.</param>
/// <param name="Tenant">The tenant path segment of a client-credentials request.</param>
/// <param name="ScopeOrResource">The <c>scope</c> (client credentials) or <c>resource</c> (managed identity).</param>
public sealed record FakeTokenEndpointRequest(string Kind, string? Tenant, string? ClientId, string? ScopeOrResource, int StatusCode);
