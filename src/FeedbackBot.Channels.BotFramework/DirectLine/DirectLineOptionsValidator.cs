using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Refuses to start a bot with an app id whose Direct Line is switched on without a secret: a
/// generated secret would differ per instance, so tokens minted by one would fail on another.
/// </summary>
internal sealed class DirectLineOptionsValidator(IOptions<BotFrameworkOptions> bot) : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        var enabled = DirectLineActivation.IsEnabled(options, bot.Value);
        if (enabled && !bot.Value.IsLocalMode && string.IsNullOrEmpty(options.Secret))
        {
            failures.Add("DirectLine:Secret is required when DirectLine:Enabled is true and MicrosoftAppId is set.");
        }

        if (!string.IsNullOrEmpty(options.Secret) && options.Secret.Length < DirectLineOptions.MinimumSecretLength)
        {
            failures.Add($"DirectLine:Secret must be at least {DirectLineOptions.MinimumSecretLength} characters long.");
        }

        if (options.ActivityBurst < 1 || options.ActivitiesPerSecond < 1
            || options.ConversationStartBurst < 1 || options.ConversationStartsPerMinute < 1)
        {
            failures.Add("DirectLine rate limits (ActivityBurst, ActivitiesPerSecond, ConversationStartBurst, ConversationStartsPerMinute) must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
