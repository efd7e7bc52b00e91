namespace FeedbackBot.Conversations.Cards;

/// <summary>An input field on a card; its value is submitted under <see cref="Id"/>.</summary>
public abstract record CardInput(string Id, string Label);

/// <summary>A free-text field.</summary>
public sealed record TextCardInput(string Id, string Label, string? Placeholder = null, bool IsMultiline = false, int? MaxLength = null)
    : CardInput(Id, Label);

/// <summary>A pick-one or pick-many list.</summary>
public sealed record ChoiceCardInput(string Id, string Label, IReadOnlyList<CardChoice> Choices, bool IsMultiSelect = false)
    : CardInput(Id, Label);

/// <summary>One option of a <see cref="ChoiceCardInput"/>.</summary>
public sealed record CardChoice(string Title, string Value);
