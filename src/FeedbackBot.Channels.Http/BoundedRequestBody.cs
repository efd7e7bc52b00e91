using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.Http;

/// <summary>
/// Reads a request body up to a limit, so an oversized request is refused (413) before it is
/// parsed, whether or not it declared its length, and whatever server hosts the endpoint.
/// </summary>
public static class BoundedRequestBody
{
    /// <summary>The body's bytes, or <c>null</c> when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
