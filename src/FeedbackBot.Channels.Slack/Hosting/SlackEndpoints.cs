using System.Text.Json;
using FeedbackBot.Channels.Http;
using FeedbackBot.Channels.Slack.Commands;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>
/// Maps <c>/api/slack/commands</c>, <c>/api/slack/interactions</c> and <c>/api/slack/events</c>
/// (ARCHITECTURE.md) when a Slack app is configured; without one they are not mapped and answer
/// 404. Each one: <see cref="SlackRequestGate"/>, then the typed payload (400 when malformed),
/// then its handler, which acknowledges within Slack's 3 seconds.
/// </summary>
public static class SlackEndpoints
{
    public const string CommandsPath = "/api/slack/commands";
    public const string InteractionsPath = "/api/slack/interactions";
    public const string EventsPath = "/api/slack/events";

    /// <summary>Tells Slack not to retry an event it delivered (PROTOCOLS.md 6.5).</summary>
    public const string NoRetryHeader = "x-slack-no-retry";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.IsConfigured)
        {
            return endpoints;
        }

        // Refusals carry no body: Slack shows a slash command's answer body in the chat.
        endpoints.MapPost(CommandsPath, CommandsAsync).DisableAntiforgery().WithRequestBodyLimit(SlackRequestGate.MaxBodyBytes, problemBody: false);
        endpoints.MapPost(InteractionsPath, InteractionsAsync).DisableAntiforgery().WithRequestBodyLimit(SlackRequestGate.MaxBodyBytes, problemBody: false);
        endpoints.MapPost(EventsPath, EventsAsync).DisableAntiforgery().WithRequestBodyLimit(SlackRequestGate.MaxBodyBytes, problemBody: false);
        return endpoints;
    }

    private static async Task<IResult> CommandsAsync(
        HttpContext context, SlackSignatureVerifier verifier, SlashCommandHandler handler, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await SlackRequestGate.ReadAsync(context, verifier, logger, isCommand: true, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (FormBody.TryParse(body) is not { } form || SlashCommand.FromForm(form) is not { } command)
        {
            return BadRequest(logger, CommandsPath, "malformed slash command form");
        }

        return await handler.HandleAsync(command, ct);
    }

    private static async Task<IResult> InteractionsAsync(
        HttpContext context, SlackSignatureVerifier verifier, InteractionHandler handler, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await SlackRequestGate.ReadAsync(context, verifier, logger, isCommand: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (FormBody.TryParse(body) is not { } form || !form.TryGetValue("payload", out var json))
        {
            return BadRequest(logger, InteractionsPath, "no payload field");
        }

        InteractionPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<InteractionPayload>(json, SlackJson.Options);
        }
        catch (JsonException)
        {
            return BadRequest(logger, InteractionsPath, "payload is not JSON");
        }

        return payload is null ? BadRequest(logger, InteractionsPath, "payload is null") : await handler.HandleAsync(payload, ct);
    }

    private static async Task<IResult> EventsAsync(
        HttpContext context, SlackSignatureVerifier verifier, SlackEventHandler handler, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await SlackRequestGate.ReadAsync(context, verifier, logger, isCommand: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<EventEnvelope>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            context.Response.Headers[NoRetryHeader] = "1";
            return BadRequest(logger, EventsPath, "body is not event JSON");
        }

        var retry = context.Request.Headers["X-Slack-Retry-Num"].ToString();
        var result = envelope is null
            ? BadRequest(logger, EventsPath, "body is null")
            : await handler.HandleAsync(envelope, retry.Length > 0 ? retry : null, ct);
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status400BadRequest })
        {
            // A malformed event stays malformed: spare Slack its three retries (PROTOCOLS.md 6.5).
            // A busy 503 must keep them, so only a 400 says this.
            context.Response.Headers[NoRetryHeader] = "1";
        }
        else if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status503ServiceUnavailable })
        {
            // Slack retries on its own schedule; other callers (and the fault harness) are told when.
            context.Response.Headers.RetryAfter = "1";
        }

        return result;
    }

    private static IResult BadRequest(ILogger logger, string path, string reason)
    {
        SlackRequestGate.LogRefused(logger, path, StatusCodes.Status400BadRequest, reason);
        return Results.BadRequest();
    }
}
