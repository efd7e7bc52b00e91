using System.ComponentModel.DataAnnotations;

namespace FeedbackBot.Conversations.Engine;

/// <summary>Dialog engine settings, bound by the host from the <c>Dialogs</c> section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>A stack not updated for this long is abandoned: the next turn starts fresh.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How often a turn runs when other turns of the same conversation keep saving first; after
    /// that the user is asked to send the message again.
    /// </summary>
    [Range(1, 10)]
    public int ConcurrencyAttempts { get; set; } = 3;

    /// <summary>
    /// How often a turn whose save failed without an answer (the store may have applied it) reads
    /// the state again to learn whether it landed, saving again when it did not, before the user
    /// is told the message was not saved.
    /// </summary>
    [Range(0, 20)]
    public int SaveChecks { get; set; } = 5;

    /// <summary>The pause before each of those checks, so a store that is restarting gets a moment.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan SaveCheckDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// No check starts later than this after the turn began: the channel is waiting for the turn
    /// (about 15 s for a Teams message), and a store that is away longer gets the "try again" answer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan SaveCheckWindow { get; set; } = TimeSpan.FromSeconds(10);
}
