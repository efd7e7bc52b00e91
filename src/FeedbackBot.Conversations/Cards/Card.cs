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

    public IReadOnlyList<CardInput> Inputs { get; init; } = [];

    public IReadOnlyList<CardButton> Buttons { get; init; } = [];
}

/// <summary>A label and its value, shown as a row ("Predicted reaction: HIT").</summary>
public sealed record CardFact(string Label, string Value);
