using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>
/// The Block Kit blocks FeedbackBot sends (https://docs.slack.dev/reference/block-kit/blocks).
/// Serialized with System.Text.Json, the <c>type</c> field written from the derived type, so user
/// text only ever lands in string values.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(ImageBlock), "image")]
internal abstract record Block
{
    public string? BlockId { get; init; }
}

internal sealed record HeaderBlock(TextObject Text) : Block;

/// <summary>A text section and/or up to ten short fields.</summary>
internal sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }

    public IReadOnlyList<TextObject>? Fields { get; init; }
}

internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

internal sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;

/// <summary>An input field (modals); <see cref="Optional"/> false makes Slack require a value.</summary>
internal sealed record InputBlock(TextObject Label, InputElement Element) : Block
{
    public bool Optional { get; init; }
}

/// <summary>An image Slack fetches from <see cref="ImageUrl"/> (https://docs.slack.dev/reference/block-kit/blocks/image-block).</summary>
internal sealed record ImageBlock(string ImageUrl, string AltText) : Block;
