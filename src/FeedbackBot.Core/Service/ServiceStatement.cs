namespace FeedbackBot.Core.Service;

/// <summary>
/// The company's own definition of customer service, as one admin set it at one time. Every
/// version is kept, so the history shows who changed it and when.
/// </summary>
/// <param name="Text">The statement, as written.</param>
/// <param name="ChangedBy">The id of the admin who set it.</param>
/// <param name="ChangedAt">When it was set.</param>
/// <param name="ChangedByName">The admin's display name when the channel gave one.</param>
public sealed record ServiceStatement(string Text, string ChangedBy, DateTimeOffset ChangedAt, string? ChangedByName = null)
{
    /// <summary>The longest statement accepted (Table Storage keeps it in one property).</summary>
    public const int MaxLength = 4000;
}
