namespace FeedbackBot.Conversations.Telemetry;

/// <summary>How a turn ended, as the <c>outcome</c> tag of the turn metrics reports it.</summary>
internal enum TurnOutcome
{
    /// <summary>State saved (or nothing to save) and the replies sent.</summary>
    Completed,

    /// <summary>Other turns kept saving first; the user was asked to send the message again.</summary>
    Busy,

    /// <summary>The user sent turns faster than <c>FeedbackBot:RateLimits</c> allows; the turn was dropped.</summary>
    RateLimited,

    /// <summary>The state store failed; the user was told the message wasn't saved.</summary>
    StoreFailed,

    /// <summary>An exception left the engine (a dialog bug, a failing reply sink, cancellation).</summary>
    Failed,
}
