using System.Net.Sockets;
using Azure;
using FeedbackBot.Core.Health;

namespace FeedbackBot.Storage.TableStorage.Health;

/// <summary>
/// What the Azure SDK throws when the service is away or slow: a <see cref="RequestFailedException"/>
/// with no status (no answer), 408, 429 or a 5xx; its network timeout as a
/// <see cref="TaskCanceledException"/>; and, once its retries are spent, all of those wrapped in
/// an <see cref="AggregateException"/> ("Retry failed after N tries"). A 4xx other than 408 and
/// 429 is our request's fault and stays a defect.
/// </summary>
public sealed class TableFailureClassifier : IStoreFailureClassifier
{
    public bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsOutage),
        OperationCanceledException or TimeoutException or HttpRequestException or IOException or SocketException => true,
        _ => false,
    };
}
