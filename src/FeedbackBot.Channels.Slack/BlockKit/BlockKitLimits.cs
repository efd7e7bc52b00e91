namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>
/// Block Kit's size limits (PROTOCOLS.md 6.10; https://docs.slack.dev/reference/block-kit/blocks).
/// Slack refuses a message that breaks one, so the renderers split or truncate to stay inside.
/// </summary>
internal static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int BlocksPerView = 100;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ElementsPerActions = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int Id = 255;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int Placeholder = 150;
    public const int Label = 2000;
    public const int ViewTitle = 24;
    public const int ViewPrivateMetadata = 3000;
    public const int PlainTextInputMaxLength = 3000;
    public const int ImageUrl = 3000;
    public const int ImageAltText = 2000;
    public const int ButtonUrl = 3000;

    /// <summary>The <c>text</c> fallback: Slack truncates beyond 40,000; it asks to keep it under 4,000.</summary>
    public const int MessageText = 4000;
}
