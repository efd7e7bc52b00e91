using FeedbackBot.Channels.BotFramework.DirectLine;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Proactive;

/// <summary>
/// Proactive messages in the embedded web chat: appended to the transcript of the user's last
/// web chat conversation, where their page's next poll finds them.
/// </summary>
internal sealed class WebChatProactiveConversations(IConversationReferenceStore references, DirectLineTranscript transcript) : IProactiveConversations
{
    public string Channel => DirectLineBot.ChannelId;

    public async Task<ProactiveConversation?> OpenDirectAsync(string tenant, string userId, CancellationToken ct)
    {
        var reference = await references.FindAsync(tenant, userId, ct).ConfigureAwait(false);
        if (reference is null || reference.Channel != DirectLineBot.ChannelId)
        {
            return null;
        }

        return new ProactiveConversation(
            new ConversationKey(DirectLineBot.ChannelId, reference.ConversationId),
            new TranscriptReplySink(transcript, ReferenceActivity.From(reference), inboundIsInTranscript: false),
            new ChatUser(reference.UserId, reference.UserName),
            reference.Locale);
    }

    /// <summary>Web chat conversations are one-to-one: there is no team channel to post into.</summary>
    public Task<ProactiveConversation?> OpenConversationAsync(string tenant, string conversationId, CancellationToken ct) =>
        Task.FromResult<ProactiveConversation?>(null);
}
