using FeedbackBot.Channels.BotFramework.Configuration;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>Whether the embedded Direct Line is served, from both option sets (see <see cref="DirectLineOptions"/>).</summary>
public static class DirectLineActivation
{
    public static bool IsEnabled(DirectLineOptions directLine, BotFrameworkOptions bot)
    {
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(bot);
        return bot.IsLocalMode ? directLine.Enabled ?? true : directLine.Enabled == true;
    }
}
