namespace FeedbackBot.Conversations.Cards;

/// <summary>An input field on a card; its value is submitted under <see cref="Id"/>.</summary>
public abstract record CardInput(string Id, string Label);

/// <summary>A free-text field; <paramref name="IsOptional"/> lets a form be sent with it empty.</summary>
public sealed record TextCardInput(string Id, string Label, string? Placeholder = null, bool IsMultiline = false, int? MaxLength = null, bool IsOptional = false)
    : CardInput(Id, Label);

/// <summary>
/// A person of the workspace. Where the channel has a people picker (Slack's <c>users_select</c>)
/// the chosen person's user id is submitted under <see cref="CardInput.Id"/> and the person is added
/// to the turn's mentions, as if they had been @mentioned; elsewhere it is a text field, and a typed
/// reply that @mentions the person answers it too.
/// </summary>
public sealed record PersonCardInput(string Id, string Label, string? Placeholder = null)
    : CardInput(Id, Label);

/// <summary>A pick-one or pick-many list.</summary>
public sealed record ChoiceCardInput(string Id, string Label, IReadOnlyList<CardChoice> Choices, bool IsMultiSelect = false)
    : CardInput(Id, Label);

/// <summary>One option of a <see cref="ChoiceCardInput"/>.</summary>
public sealed record CardChoice(string Title, string Value);
