using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>Reads <c>Authorization: Bearer &lt;secret|token&gt;</c> into a <see cref="DirectLineCaller"/>.</summary>
public sealed class DirectLineAuthenticator(DirectLineKeys keys, DirectLineTokens tokens)
{
    private const string BearerPrefix = "Bearer ";

    public DirectLineCaller Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.Ordinal) || header.Length == BearerPrefix.Length)
        {
            return DirectLineCaller.Anonymous;
        }

        var presented = header[BearerPrefix.Length..].Trim();
        if (keys.IsSecret(presented))
        {
            return DirectLineCaller.Secret;
        }

        var check = tokens.Read(presented);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => DirectLineCaller.ForToken(check.Claims!),
            DirectLineTokenStatus.Expired => DirectLineCaller.Expired,
            _ => DirectLineCaller.Refused,
        };
    }
}
