using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Decisions;

/// <summary>A teammate's own HIT/MISS prediction on a decision card ("team input").</summary>
public sealed record TeamPrediction(string UserId, string? UserName, Verdict Prediction, DateTimeOffset At);
