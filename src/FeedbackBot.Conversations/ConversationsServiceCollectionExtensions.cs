using FeedbackBot.Conversations.Actions;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedbackBot.Conversations;

/// <summary>DI wiring for the dialog engine and for the dialogs features add to it.</summary>
public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConversationEngine"/> (singleton) and its options. The host provides
    /// <c>IDialogStateStore</c> (storage), <c>IMeterFactory</c> and logging (the generic host does),
    /// and binds <see cref="DialogOptions"/> from <see cref="DialogOptions.SectionName"/> if it wants
    /// other than the defaults. <see cref="TimeProvider.System"/> is used unless one is registered.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DialogOptions>()
            .Validate(o => o.Expiry > TimeSpan.Zero, "Dialogs:Expiry must be positive.")
            .Validate(o => o.ConcurrencyAttempts >= 1, "Dialogs:ConcurrencyAttempts must be at least 1.")
            .Validate(o => o.SaveChecks >= 0 && o.SaveCheckDelay >= TimeSpan.Zero && o.SaveCheckWindow >= TimeSpan.Zero, "Dialogs:SaveChecks, SaveCheckDelay and SaveCheckWindow must not be negative.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RateLimitOptions>()
            .Validate(o => o.IsValid(), "FeedbackBot:RateLimits: rates and bursts must not be negative, and a limit that is on needs a burst of at least 1.");
        services.TryAddSingleton<TurnRateLimiter>();
        services.TryAddSingleton<ConversationEngine>();
        return services;
    }

    /// <summary>Registers a dialog (a stateless singleton) so the engine can put it on a stack.</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services)
        where TDialog : class, IDialog
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, TDialog>());
        return services;
    }

    /// <summary>Registers a card action (a stateless singleton) that handles clicks on cards outliving dialogs.</summary>
    public static IServiceCollection AddCardAction<TAction>(this IServiceCollection services)
        where TAction : class, ICardAction
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardAction, TAction>());
        return services;
    }

    /// <summary>Lets users start a registered dialog by a command word; it is listed in help.</summary>
    public static IServiceCollection AddDialogCommand(this IServiceCollection services, DialogCommand command)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        services.AddSingleton(command);
        return services;
    }

    /// <summary>Lets users start a registered dialog by a plain-language phrase (not listed in help).</summary>
    public static IServiceCollection AddDialogPhrase(this IServiceCollection services, DialogPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(phrase);
        services.AddSingleton(phrase);
        return services;
    }
}
