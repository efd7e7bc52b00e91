namespace FeedbackBot.Core.Votes;

/// <summary>
/// A stored value with the opaque version (an ETag, a row version) a conditional write must match.
/// </summary>
public sealed record Versioned<T>(T Value, string Version);
