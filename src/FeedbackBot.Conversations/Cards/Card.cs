namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// A channel-neutral card: what to show and what can be answered, never how. The Bot Framework
/// channel renders it as an Adaptive Card, Slack as Block Kit.
/// </summary>
public sealed record Card
{
    public string? Title { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    /// <summary>An image shown after the facts (a chart), or <c>null</c>.</summary>
    public CardImage? Image { get; init; }

    /// <summary>Titled parts shown after the image, in order.</summary>
    public IReadOnlyList<CardSection> Sections { get; init; } = [];

    public IReadOnlyList<CardInput> Inputs { get; init; } = [];

    public IReadOnlyList<CardButton> Buttons { get; init; } = [];

    /// <summary>Buttons that open a web address, shown after <see cref="Buttons"/>.</summary>
    public IReadOnlyList<CardLink> Links { get; init; } = [];
}

/// <summary>A label and its value, shown as a row ("Predicted reaction: HIT").</summary>
public sealed record CardFact(string Label, string Value);
