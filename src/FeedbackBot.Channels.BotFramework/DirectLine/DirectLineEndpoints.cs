using FeedbackBot.Channels.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>Serves the embedded Direct Line and the chat page, when enabled (<see cref="DirectLineOptions"/>).</summary>
public static class DirectLineEndpoints
{
    /// <summary>
    /// Adds CORS and the chat page (the host's <c>wwwroot</c>) to the pipeline and maps
    /// <c>/v3/directline/…</c> and <c>POST /chat/token</c>; does nothing when Direct Line is off. The host
    /// adds the rate limiter after this (once, for every endpoint's policy).
    /// </summary>
    public static WebApplication UseEmbeddedDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<DirectLineKeys>().IsEnabled)
        {
            return app;
        }

        app.UseCors();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLineEndpoints();
        return app;
    }

    /// <summary>The Direct Line 3.0 subset of PROTOCOLS.md 5.3, and the chat page's token endpoint.</summary>
    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline").RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy).DisableAntiforgery();
        directLine.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync).WithRequestBodyLimit(DirectLineRequests.MaxStartBytes).RequireRateLimiting(DirectLineRateLimits.ConversationStarts);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh).WithRequestBodyLimit(DirectLineRequests.MaxStartBytes).RequireRateLimiting(DirectLineRateLimits.ConversationStarts);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync).WithRequestBodyLimit(DirectLineRequests.MaxStartBytes).RequireRateLimiting(DirectLineRateLimits.ConversationStarts);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync).WithRequestBodyLimit(DirectLineRequests.MaxActivityBytes).RequireRateLimiting(DirectLineRateLimits.ActivityPosts);
        directLine.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);

        // Same origin only (no CORS): it hands out tokens to whoever loads our page.
        endpoints.MapPost("/chat/token", TokenEndpoints.ForChatPage).WithRequestBodyLimit(DirectLineRequests.MaxStartBytes).RequireRateLimiting(DirectLineRateLimits.ConversationStarts).DisableAntiforgery();
        return endpoints;
    }
}
