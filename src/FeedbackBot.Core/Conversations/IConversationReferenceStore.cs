namespace FeedbackBot.Core.Conversations;

/// <summary>
/// Port for conversation references, one per tenant and user (the latest conversation the bot
/// had with that user), for proactive messages.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference for its tenant and user.</summary>
    Task UpsertAsync(ConversationReference reference, CancellationToken ct);

    /// <summary>The reference for one user of one tenant, or <c>null</c>.</summary>
    Task<ConversationReference?> FindAsync(string tenant, string userId, CancellationToken ct);

    /// <summary>Every reference of one tenant (never another tenant's).</summary>
    Task<IReadOnlyList<ConversationReference>> ListAsync(string tenant, CancellationToken ct);
}
