namespace FeedbackBot.Core.Decisions;

/// <summary>The answers that turn a decision check into "rethink".</summary>
[Flags]
public enum RethinkReasons
{
    None = 0,

    /// <summary>Customers are expected to react with a MISS.</summary>
    PredictedMiss = 1,

    /// <summary>Customers will not find value in it.</summary>
    NoValue = 2,

    /// <summary>It does not honour the service statement.</summary>
    BreaksStatement = 4,
}
