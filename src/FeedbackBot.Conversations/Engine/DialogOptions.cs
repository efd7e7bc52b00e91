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
}
