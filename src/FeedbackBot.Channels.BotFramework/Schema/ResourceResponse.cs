namespace FeedbackBot.Channels.BotFramework.Schema;

/// <summary>The Connector's answer to a send: the id of the new activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>The Connector's answer to creating a conversation.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>Parameters to create a conversation (a proactive 1:1 chat or a channel thread).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public System.Text.Json.JsonElement? ChannelData { get; set; }
}
