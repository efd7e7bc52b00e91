namespace FeedbackBot.Core.Service;

/// <summary>How an admin's change to the element list went.</summary>
public enum ElementEditOutcome
{
    /// <summary>The list changed.</summary>
    Done,

    /// <summary>The change was already true (retiring a retired element, covering a covered one): nothing written.</summary>
    Unchanged,

    /// <summary>No element has that id or name.</summary>
    NotFound,

    /// <summary>Another element already has that name.</summary>
    NameTaken,

    /// <summary>The name is empty, too long or has control characters.</summary>
    InvalidName,

    /// <summary>The list is full (<see cref="ServiceElementEdits.MaxElements"/>).</summary>
    TooMany,

    /// <summary>Others kept changing the list at the same time; nothing was written.</summary>
    Conflict,
}

/// <summary>The outcome of an edit, the list after it and the element it was about (when there is one).</summary>
public sealed record ElementEdit(ElementEditOutcome Outcome, IReadOnlyList<ServiceElement> Elements, ServiceElement? Element = null);
