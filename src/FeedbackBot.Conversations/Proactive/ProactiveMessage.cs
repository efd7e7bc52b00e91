using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Proactive;

/// <summary>A message for one user of one tenant on one channel, already in the user's language.</summary>
public sealed record ProactiveMessage(string Tenant, string Channel, string UserId, Reply Reply, CultureInfo Culture);
