using FeedbackBot.Channels.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FeedbackBot.Channels.BotFramework.Hosting;

/// <summary>Maps the Bot Framework channel's endpoint.</summary>
public static class BotFrameworkEndpoints
{
    public static IEndpointRouteBuilder MapBotFrameworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync).DisableAntiforgery().WithRequestBodyLimit(MessagesEndpoint.MaxBodyBytes);
        return endpoints;
    }
}
