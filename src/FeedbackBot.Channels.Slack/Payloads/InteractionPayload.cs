namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>
/// The JSON inside an interactivity request's <c>payload</c> field (PROTOCOLS.md 6.4;
/// bolt-js src/types/actions/block-action.ts, src/types/view/index.ts). Only what FeedbackBot reads.
/// </summary>
internal sealed record InteractionPayload
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
    public const string ViewClosed = "view_closed";

    public string? Type { get; init; }

    public SlackUserRef? User { get; init; }

    public SlackTeamRef? Team { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public InteractionContainer? Container { get; init; }

    public SlackChannelRef? Channel { get; init; }

    public InteractionMessage? Message { get; init; }

    public ViewPayload? View { get; init; }

    public IReadOnlyList<ActionPayload>? Actions { get; init; }

    /// <summary>The workspace: <c>team.id</c>, or the user's team for org-wide installs.</summary>
    public string? TeamId => Team?.Id ?? User?.TeamId;
}

internal sealed record SlackUserRef
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }
}

internal sealed record SlackTeamRef
{
    public string? Id { get; init; }
}

internal sealed record SlackChannelRef
{
    public string? Id { get; init; }
}

/// <summary>Where the clicked element lives: a message (with its ts and channel) or a view.</summary>
internal sealed record InteractionContainer
{
    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public bool IsEphemeral { get; init; }
}

internal sealed record InteractionMessage
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}

internal sealed record ViewPayload
{
    public string? Id { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public ViewState? State { get; init; }
}

/// <summary><c>state.values</c>: block id → action id → the element's current value.</summary>
internal sealed record ViewState
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ElementState>>? Values { get; init; }
}

internal sealed record ElementState
{
    public string? Value { get; init; }

    public SelectedOption? SelectedOption { get; init; }

    public IReadOnlyList<SelectedOption>? SelectedOptions { get; init; }

    /// <summary>The user id a <c>users_select</c> submits.</summary>
    public string? SelectedUser { get; init; }
}

internal sealed record SelectedOption
{
    public string? Value { get; init; }
}

internal sealed record ActionPayload
{
    public string? ActionId { get; init; }

    public string? Value { get; init; }
}
