using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// Sends the Table requests made inside <see cref="Scope"/> once, without the SDK's retry. For an
/// insert of a row that is deleted later (a count intent, deleted when it is counted): a retry sent
/// while the timed-out first try is still on its way to the service can land first; the first try
/// then lands after the row was counted and deleted, inserts it again, and it is counted a second
/// time. Without a retry the caller fails before it writes the row the intent stands for, so a
/// first try that lands late is an intent nothing carries, which the count repair discards.
/// </summary>
internal static class SingleTry
{
    private const string Property = "FeedbackBot.SingleTry";

    /// <summary>Requests made until the scope is disposed (on this async flow) are not retried.</summary>
    public static IDisposable Scope() =>
        HttpPipeline.CreateHttpMessagePropertiesScope(new Dictionary<string, object?> { [Property] = true });

    /// <summary>Whether <paramref name="message"/> was made inside a <see cref="Scope"/>.</summary>
    public static bool Applies(HttpMessage message) => message.TryGetProperty(Property, out _);
}
