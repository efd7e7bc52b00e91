using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Delivers a turn's replies into the Direct Line transcript, where the client's next poll finds
/// them. A replaced card is appended again under the id of the message it replaces, and clients
/// (Web Chat and our page) show the newer one in its place.
/// </summary>
internal sealed class TranscriptReplySink(DirectLineTranscript transcript, Activity inbound, bool inboundIsInTranscript) : IReplySink
{
    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        var message = NewMessage(reply);

        // Only point at an activity the client has: a conversationUpdate is never in the transcript.
        message.ReplyToId = inboundIsInTranscript ? inbound.Id : null;
        return await transcript.AppendAsync(message, ct);
    }

    public async Task UpdateAsync(string messageId, Reply reply, CancellationToken ct)
    {
        var message = NewMessage(reply);
        message.Id = messageId;
        message.ReplyToId = null;
        await transcript.AppendAsync(message, ct);
    }

    private Activity NewMessage(Reply reply)
    {
        var message = ActivityReplies.CreateReply(inbound);
        ReplyActivityRenderer.Render(reply, message, DirectLineBot.ChannelId);
        message.From = DirectLineBot.Account();
        message.Recipient!.Role = "user";
        message.ChannelId = DirectLineBot.ChannelId;
        return message;
    }
}
