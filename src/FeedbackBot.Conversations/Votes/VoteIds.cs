namespace FeedbackBot.Conversations.Votes;

/// <summary>Command words, dialog ids and card-data keys of the votes feature, in one place.</summary>
public static class VoteIds
{
    public const string FeedbackRequestCommand = "feedback-request";
    public const string StopAskingCommand = "stop-asking";
    public const string ForgetMeCommand = "forget-me";

    /// <summary>Sent only by vote buttons and proactive turns (not listed in help).</summary>
    public const string VoteCommand = "vote";

    /// <summary>Sent only by the "I'll follow up" button of a MISS alert.</summary>
    public const string FollowUpCommand = "follow-up";

    /// <summary>Card data: the signed survey token of the request a button answers.</summary>
    public const string Ticket = "ticket";

    /// <summary>Card data: the interaction a follow-up button is about.</summary>
    public const string Interaction = "interaction";

    /// <summary>Card input: the staff member's note on a feedback request asked for with the form.</summary>
    public const string Note = "note";

    /// <summary>Card data on a proactive turn: this is the reminder, not the first ask.</summary>
    public const string Reminder = "reminder";

    /// <summary>Card data from the chat page opened after a one-click vote: ask why about the vote already cast.</summary>
    public const string Why = "why";

    public const string Hit = "hit";
    public const string Miss = "miss";
    public const string Skip = "skip";
    public const string OtherElement = "other";

    /// <summary>Where votes cast through the one-click link come from.</summary>
    public const string ViaLink = "link";

    /// <summary><c>hit</c> or <c>miss</c> (any case) as a verdict; anything else is not one.</summary>
    public static Core.Votes.Verdict? ParseVerdict(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Hit => Core.Votes.Verdict.Hit,
        Miss => Core.Votes.Verdict.Miss,
        _ => null,
    };
}
