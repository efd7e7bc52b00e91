namespace FeedbackBot.Failures;

/// <summary>How the host answers an exception no endpoint caught: a gone client, a store outage, else the default 500 problem.</summary>
internal static class FailureHandlingExtensions
{
    public static IServiceCollection AddFailureHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // Order matters: the first handler that claims the exception answers it.
        services.AddExceptionHandler<ClientGoneExceptionHandler>();
        services.AddExceptionHandler<StoreOutageExceptionHandler>();
        return services;
    }
}
