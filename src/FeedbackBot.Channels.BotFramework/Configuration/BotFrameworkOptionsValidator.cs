using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Configuration;

/// <summary>
/// Refuses to start with an identity the Bot Framework would reject at the first message
/// (PROTOCOLS.md 2.5): a half-configured bot must fail at start-up, not in production traffic.
/// </summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        switch (options.MicrosoftAppType)
        {
            case var t when string.Equals(t, BotAppType.MultiTenant, StringComparison.OrdinalIgnoreCase):
                RequirePassword(options, failures);
                break;
            case var t when string.Equals(t, BotAppType.SingleTenant, StringComparison.OrdinalIgnoreCase):
                RequirePassword(options, failures);
                RequireTenant(options, failures);
                break;
            case var t when string.Equals(t, BotAppType.UserAssignedMsi, StringComparison.OrdinalIgnoreCase):
                RequireTenant(options, failures);
                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType must be {BotAppType.MultiTenant}, {BotAppType.SingleTenant} or {BotAppType.UserAssignedMsi}.");
                break;
        }

        if (!string.IsNullOrEmpty(options.ChannelService) && !options.IsGovernmentCloud)
        {
            // As the SDK: ChannelService only picks a built-in cloud; any other cloud sets the endpoint keys.
            failures.Add($"ChannelService must be empty (public cloud) or {GovernmentCloud.ChannelService} (US Government); for another cloud set the ToBotFrom…/ToChannelFrom… keys instead.");
        }

        foreach (var (key, value) in new[]
        {
            (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl),
            (nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl),
            (nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl),
        })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                failures.Add($"{key} must be an absolute URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePassword(BotFrameworkOptions options, List<string> failures)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }
    }

    private static void RequireTenant(BotFrameworkOptions options, List<string> failures)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }
    }
}
