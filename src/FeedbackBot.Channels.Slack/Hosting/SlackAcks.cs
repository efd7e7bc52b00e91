using FeedbackBot.Channels.Slack.Payloads;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>Acknowledgement bodies Slack shows to the user (PROTOCOLS.md 6.2).</summary>
internal static class SlackAcks
{
    /// <summary>A 200 whose text only the invoking user sees.</summary>
    public static IResult Ephemeral(string text) =>
        Results.Json(new EphemeralAck(text), SlackJson.Options);

    private sealed record EphemeralAck(string Text)
    {
        public string ResponseType { get; init; } = "ephemeral";
    }
}
