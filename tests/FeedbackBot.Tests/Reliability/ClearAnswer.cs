using System.Net;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// What a client may get while something is down: success, or a 503 with an RFC 9457 problem body
/// saying what happened. Anything else (a 500, an empty answer, a stack trace) is a problem.
/// </summary>
internal static class ClearAnswer
{
    /// <returns>Null when the answer is a success or a clear refusal, else what is wrong with it.</returns>
    public static async Task<string?> ProblemWithAsync(string what, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal))
        {
            return $"{what} answered {(int)response.StatusCode} with a stack trace: {Shorten(body)}";
        }

        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            return $"{what} answered {(int)response.StatusCode}: {Shorten(body)}";
        }

        return response.Content.Headers.ContentType?.MediaType == "application/problem+json" && body.Contains("\"detail\"", StringComparison.Ordinal)
            ? null
            : $"{what} answered 503 without a problem body: {Shorten(body)}";
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300];
}
