namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Builds Connector URLs. The <c>serviceUrl</c> path prefix (<c>/teams/</c>, <c>/amer/</c>) is
/// part of the address, so paths resolve relative to it, and Teams ids (which contain
/// <c>: @ ; =</c>) are percent-encoded as path segments (PROTOCOLS.md 1.6, 3.2).
/// </summary>
internal static class ConnectorRoutes
{
    public static Uri Conversations(Uri serviceUrl) => Resolve(serviceUrl, "v3/conversations");

    public static Uri Activities(Uri serviceUrl, string conversationId) =>
        Resolve(serviceUrl, $"v3/conversations/{Segment(conversationId, nameof(conversationId))}/activities");

    public static Uri Activity(Uri serviceUrl, string conversationId, string activityId) =>
        Resolve(serviceUrl, $"v3/conversations/{Segment(conversationId, nameof(conversationId))}/activities/{Segment(activityId, nameof(activityId))}");

    private static Uri Resolve(Uri serviceUrl, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        // Without the trailing slash, relative resolution would drop the last prefix segment.
        var baseUri = serviceUrl.AbsolutePath.EndsWith('/')
            ? serviceUrl
            : new UriBuilder(serviceUrl) { Path = serviceUrl.AbsolutePath + "/" }.Uri;
        return new Uri(baseUri, relativePath);
    }

    private static string Segment(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, parameterName);
        return Uri.EscapeDataString(id);
    }
}
