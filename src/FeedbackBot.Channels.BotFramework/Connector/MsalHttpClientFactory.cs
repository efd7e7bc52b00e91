using Microsoft.Identity.Client;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// Lets MSAL use a pooled client from <see cref="IHttpClientFactory"/> instead of its own, so the
/// host controls proxies and handlers, and tests can point MSAL at a local token endpoint whose
/// certificate they trust. Configure it with
/// <c>services.AddHttpClient(MsalHttpClientFactory.HttpClientName)</c>.
/// </summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "FeedbackBot.BotFramework.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
