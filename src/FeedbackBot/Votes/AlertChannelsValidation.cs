using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Votes;

/// <summary>
/// Stops start-up on MISS alert targets that cannot be read, or that name no tenant in a deployment
/// that has not said it serves one organisation (docs/security.md, "MISS alerts per tenant").
/// </summary>
internal sealed class AlertChannelsValidation : IValidateOptions<VoteOptions>
{
    public ValidateOptionsResult Validate(string? name, VoteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = VoteAlertTargets.Problems(options.AlertChannels, options.AlertChannelsForEveryTenant);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
