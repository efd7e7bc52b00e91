using System.Text.Json.Serialization;

namespace FeedbackBot.Channels.Slack.BlockKit;

/// <summary>A button (https://docs.slack.dev/reference/block-kit/block-elements/button-element).</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string Value)
{
    public string Type { get; init; } = "button";

    /// <summary><c>primary</c> or <c>danger</c>; null for the default look.</summary>
    public string? Style { get; init; }

    /// <summary>A link button: Slack opens this address in the browser (at most 3000 characters).</summary>
    public string? Url { get; init; }
}

/// <summary>The elements an <see cref="InputBlock"/> holds.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(MultiStaticSelectElement), "multi_static_select")]
[JsonDerivedType(typeof(UsersSelectElement), "users_select")]
internal abstract record InputElement(string ActionId);

internal sealed record PlainTextInputElement(string ActionId) : InputElement(ActionId)
{
    public bool? Multiline { get; init; }

    public int? MaxLength { get; init; }

    public TextObject? Placeholder { get; init; }
}

internal sealed record StaticSelectElement(string ActionId, IReadOnlyList<SelectOption> Options) : InputElement(ActionId);

internal sealed record MultiStaticSelectElement(string ActionId, IReadOnlyList<SelectOption> Options) : InputElement(ActionId);

/// <summary>A people picker over the workspace's users (https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#users_select); submits <c>selected_user</c>.</summary>
internal sealed record UsersSelectElement(string ActionId) : InputElement(ActionId)
{
    public TextObject? Placeholder { get; init; }
}

/// <summary>An option object: text up to 75 characters, value up to 150.</summary>
internal sealed record SelectOption(TextObject Text, string Value);
