using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Configuration;

/// <summary>
/// Refuses to start a half-configured Slack app. A missing signing secret stops start-up; it
/// never turns verification off (STYLE.md 8). A missing bot token would leave every reply
/// undeliverable, so it stops start-up too.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required when Slack:BotToken is set; requests cannot be verified without it.");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is required when Slack:SigningSecret is set; replies cannot be sent without it.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.QueueCapacity < 1)
        {
            failures.Add("Slack:QueueCapacity must be at least 1.");
        }

        if (options.Workers < 0)
        {
            failures.Add("Slack:Workers must not be negative.");
        }

        if (options.WorkLease <= TimeSpan.Zero || options.WorkTakeoverInterval <= TimeSpan.Zero || options.JournalWriteTimeout <= TimeSpan.Zero)
        {
            failures.Add("Slack:WorkLease, Slack:WorkTakeoverInterval and Slack:JournalWriteTimeout must be positive.");
        }

        if (options.ModalTriggerBudget <= TimeSpan.Zero)
        {
            failures.Add("Slack:ModalTriggerBudget must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
