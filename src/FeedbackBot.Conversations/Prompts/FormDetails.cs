using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// What a form-style prompt card shows besides its input: a title, context (facts, text) and the
/// input's label and submit title.
/// </summary>
/// <param name="Card">Title, text and facts shown above the input; its own inputs and buttons are kept first.</param>
/// <param name="InputLabel">The input's label; by default the question.</param>
/// <param name="SubmitTitle">The submit button's title; by default "Next".</param>
public sealed record FormDetails(Card? Card = null, string? InputLabel = null, string? SubmitTitle = null);
