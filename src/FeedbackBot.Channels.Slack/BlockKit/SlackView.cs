namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>A modal view (https://docs.slack.dev/reference/views/modal-views).</summary>
internal sealed record SlackView(TextObject Title, IReadOnlyList<Block> Blocks)
{
    public string Type { get; init; } = "modal";

    public string? CallbackId { get; init; }

    public TextObject? Submit { get; init; }

    public TextObject? Close { get; init; }

    /// <summary>Our own context, up to 3000 characters; Slack hands it back on submit and close.</summary>
    public string? PrivateMetadata { get; init; }

    /// <summary>True so closing the modal sends <c>view_closed</c>, which ends the waiting dialog.</summary>
    public bool NotifyOnClose { get; init; }
}
