using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>DI wiring of the votes feature's dialogs and services.</summary>
public static class VotesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the vote, feedback-request, stop-asking, forget-me and follow-up dialogs with the
    /// Core rules behind them. The host provides <see cref="VoteRules"/>, <see cref="SurveyTokens"/>,
    /// <see cref="SurveyLinks"/>, <see cref="VoteAlertTargets"/>, <see cref="IVoteEvents"/>, the
    /// stores and each channel's <see cref="IProactiveConversations"/>.
    /// </summary>
    public static IServiceCollection AddVotes(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<AggregateCounter>();
        services.TryAddSingleton<CountRepair>();
        services.TryAddSingleton<FeedbackRequests>();
        services.TryAddSingleton<ChatQuestions>();
        services.TryAddSingleton<VoteRecorder>();
        services.TryAddSingleton<CustomerPrivacy>();
        services.TryAddSingleton<VoteDesk>();
        services.TryAddSingleton<VoteElements>();
        services.TryAddSingleton<CustomerOf>();
        services.TryAddSingleton<FeedbackRequestDesk>();

        // The engine runs the dialogs, and a dialog (feedback-request) delivers through the engine:
        // resolving it when a request is delivered, not when the dialog is built, breaks the cycle.
        services.TryAddSingleton(provider => new SurveyDelivery(
            provider.GetServices<IProactiveConversations>(),
            provider.GetRequiredService<ConversationEngine>,
            provider.GetRequiredService<SurveyLinks>(),
            provider.GetRequiredService<ILogger<SurveyDelivery>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVoteListener, MissAlerts>());

        services.AddDialog<VoteDialog>();
        services.AddDialog<FeedbackRequestDialog>();
        services.AddDialog<StopAskingDialog>();
        services.AddDialog<ForgetMeDialog>();
        services.AddDialog<FollowUpDialog>();
        services.AddDialogCommand(new DialogCommand(VoteIds.FeedbackRequestCommand, FeedbackRequestDialog.DialogId, VoteTexts.Manager, VoteTexts.CommandFeedbackRequest)
        {
            Offer = new CommandOffer(VoteTexts.RequestOffer, VoteTexts.RequestOfferButton),
        });
        services.AddDialogCommand(new DialogCommand(VoteIds.StopAskingCommand, StopAskingDialog.DialogId, VoteTexts.Manager, VoteTexts.CommandStopAsking));
        services.AddDialogCommand(new DialogCommand(VoteIds.ForgetMeCommand, ForgetMeDialog.DialogId, VoteTexts.Manager, VoteTexts.CommandForgetMe));
        services.AddDialogCommand(new DialogCommand(VoteIds.VoteCommand, VoteDialog.DialogId, VoteTexts.Manager, VoteTexts.CommandVote, Listed: false));
        services.AddDialogCommand(new DialogCommand(VoteIds.FollowUpCommand, FollowUpDialog.DialogId, VoteTexts.Manager, VoteTexts.CommandFollowUp, Listed: false));
        foreach (var phrase in new[] { "stop asking me", "stop asking", "nicht mehr fragen", "frag mich nicht mehr" })
        {
            services.AddDialogPhrase(new DialogPhrase(phrase, StopAskingDialog.DialogId));
        }

        foreach (var phrase in new[] { "forget me", "delete my feedback", "vergiss mich", "lösche mein feedback" })
        {
            services.AddDialogPhrase(new DialogPhrase(phrase, ForgetMeDialog.DialogId));
        }

        return services;
    }
}
