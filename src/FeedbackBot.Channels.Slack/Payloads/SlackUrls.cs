using System.Diagnostics.CodeAnalysis;

namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>URLs that arrive inside Slack payloads (<c>response_url</c>): only absolute http(s) is used.</summary>
internal static class SlackUrls
{
    public static bool TryParseHttp(string? text, [NotNullWhen(true)] out Uri? url)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp))
        {
            url = parsed;
            return true;
        }

        url = null;
        return false;
    }
}
