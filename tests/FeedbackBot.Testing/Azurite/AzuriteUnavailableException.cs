namespace FeedbackBot.Testing.Azurite;

/// <summary>Azurite cannot run here (no Node.js, or the npm package is not installed); the message says which.</summary>
public sealed class AzuriteUnavailableException : Exception
{
    public AzuriteUnavailableException()
    {
    }

    public AzuriteUnavailableException(string message)
        : base(message)
    {
    }

    public AzuriteUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
