using System.Text.Json;
using System.Text.Unicode;
using FeedbackBot.Channels.BotFramework.Hosting;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.Http;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>Reading Direct Line request bodies: bounded before parsing, and parsed with the Activity wire options.</summary>
internal static class DirectLineRequests
{
    /// <summary>The largest activity a client may post, as for <c>/api/messages</c>.</summary>
    public const int MaxActivityBytes = MessagesEndpoint.MaxBodyBytes;

    /// <summary>Token and start bodies hold a user and a locale: a few hundred bytes.</summary>
    public const int MaxStartBytes = 16 * 1024;

    /// <summary>The request's base URL, which the bot sees as the activities' <c>serviceUrl</c>.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>
    /// Reads a body of at most <paramref name="maxBytes"/> as <typeparamref name="T"/>. An empty
    /// body reads as <c>null</c> when <paramref name="optional"/>; otherwise the failure is the
    /// error result to answer with.
    /// </summary>
    public static async Task<(T? Value, IResult? Failure)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, bool optional, CancellationToken ct)
        where T : class
    {
        var body = await BoundedRequestBody.ReadAsync(request, maxBytes, ct);
        if (body is null)
        {
            return (null, DirectLineResults.TooLarge());
        }

        if (body.Length == 0 && optional)
        {
            return (null, null);
        }

        if (!Utf8.IsValid(body))
        {
            // JSON must be UTF-8 (RFC 8259 8.1); the parser would only notice inside values read later.
            return (null, DirectLineResults.BadArgument("The body is not valid JSON of the expected shape."));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, BotFrameworkJson.Options) is { } value
                ? (value, null)
                : (null, DirectLineResults.BadArgument("The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The body is not valid JSON of the expected shape."));
        }
    }
}
