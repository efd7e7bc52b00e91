namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// An image the channel fetches from <see cref="Url"/> (an absolute https or http address the
/// channel's servers can reach), with a text for screen readers and for channels without images.
/// </summary>
public sealed record CardImage(Uri Url, string AltText);
