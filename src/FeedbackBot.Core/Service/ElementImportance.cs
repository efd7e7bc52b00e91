namespace FeedbackBot.Core.Service;

/// <summary>How much one customer says one service element matters to them.</summary>
public enum ElementImportance
{
    /// <summary>The customer would leave over it.</summary>
    Crucial,

    /// <summary>It matters, but not above all else.</summary>
    Important,

    /// <summary>Welcome, but the customer would not miss it much.</summary>
    NiceToHave,

    /// <summary>It does not matter to this customer.</summary>
    NotImportant,
}
