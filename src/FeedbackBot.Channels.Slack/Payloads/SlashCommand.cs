namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>
/// A slash-command invocation (PROTOCOLS.md 6.2). Only ids are kept: names (<c>user_name</c>,
/// <c>channel_name</c>) are deprecated or unreliable, and the verification <c>token</c> is
/// superseded by the signature.
/// </summary>
internal sealed record SlashCommand(
    string Command,
    string Text,
    string TeamId,
    string UserId,
    string ChannelId,
    Uri? ResponseUrl,
    string? TriggerId)
{
    /// <returns>The command, or <c>null</c> when a required field is missing or the response URL is not http(s).</returns>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, string> form)
    {
        string? Field(string name) => form.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        var command = Field("command");
        var team = Field("team_id");
        var user = Field("user_id");
        var channel = Field("channel_id");
        if (command is null || !command.StartsWith('/') || team is null || user is null || channel is null)
        {
            return null;
        }

        Uri? responseUrl = null;
        if (Field("response_url") is { } url && !SlackUrls.TryParseHttp(url, out responseUrl))
        {
            return null;
        }

        return new SlashCommand(command, Field("text") ?? "", team, user, channel, responseUrl, Field("trigger_id"));
    }
}
