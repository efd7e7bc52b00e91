using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace FeedbackBot.Channels.Http;

/// <summary>
/// The largest body an endpoint accepts, as endpoint metadata. ASP.NET Core's routing applies it
/// to the server's per-request limit; <see cref="RequestBodyLimitMiddleware"/> refuses a declared
/// length over it before the endpoint runs. Every endpoint that accepts POST declares one (a host
/// test fails for one that does not).
/// </summary>
/// <param name="MaxBytes">The largest body accepted.</param>
/// <param name="ProblemBody">
/// Whether the 413 carries an RFC 9457 problem body; false answers with the status alone, for
/// callers that show a response body to a person (Slack shows a slash command's answer in the chat).
/// </param>
public sealed record RequestBodyLimit(long MaxBytes, bool ProblemBody = true) : IRequestSizeLimitMetadata
{
    long? IRequestSizeLimitMetadata.MaxRequestBodySize => MaxBytes;
}

/// <summary>Declaring an endpoint's body limit.</summary>
public static class RequestBodyLimitExtensions
{
    /// <summary>Refuse bodies over <paramref name="maxBytes"/> with 413 (see <see cref="RequestBodyLimit"/> for <paramref name="problemBody"/>).</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes, bool problemBody = true)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return builder.WithMetadata(new RequestBodyLimit(maxBytes, problemBody));
    }
}
