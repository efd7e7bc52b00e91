namespace FeedbackBot.Conversations.Cards;

/// <summary>
/// A button that opens <see cref="Url"/> in the user's browser (a download, a page) instead of
/// sending anything to the bot.
/// </summary>
public sealed record CardLink(string Title, Uri Url);
