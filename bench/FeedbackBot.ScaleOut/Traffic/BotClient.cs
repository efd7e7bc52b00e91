using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// The harness's side of every bot endpoint it drives: Bot Framework activities, signed Slack
/// requests, helpdesk interactions and one-click vote links. Each request is timed into
/// <see cref="TurnStats"/>. Without a <see cref="FaultHandling"/> a non-2xx answer or a broken
/// connection counts as an error and throws <see cref="TurnFailedException"/>, so a scenario never
/// goes on from a turn the bot did not take. With one, the client behaves as the real callers do
/// while things break (<see cref="FaultHandling"/>) and every answer is classed in its ledger.
/// </summary>
internal sealed class BotClient(HttpClient http, ClusterSettings settings, TurnStats stats, FaultHandling? faults = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly SlackRequestSigner _signer = new(settings.SlackSigningSecret);

    public TurnStats Stats => stats;

    public async Task PostActivityAsync(BotInstance instance, JsonObject activity, CancellationToken ct) =>
        await SendAsync(instance, "activity", target =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target.BaseAddress, "api/messages"))
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8),
            };
            request.Content.Headers.ContentType = Json;
            return request;
        }, ct).ConfigureAwait(false);

    /// <summary>
    /// A signed Slack request. Slack redelivers only events; a slash command or a click that got no
    /// answer (or an acknowledgement saying "busy") shows the user an error instead, and the user
    /// repeats the action: that is <see cref="SlackUserSawErrorException"/> in a fault run.
    /// </summary>
    /// <param name="retry">The retry number Slack would send with a redelivered event (<c>X-Slack-Retry-Num</c>).</param>
    public async Task PostSlackAsync(BotInstance instance, string path, string body, bool form, int retry, CancellationToken ct)
    {
        var isEvent = path.EndsWith("events", StringComparison.Ordinal);
        var (_, ack) = await SendAsync(instance, path.Replace("api/", "", StringComparison.Ordinal), target =>
        {
            var url = new Uri(target.BaseAddress, path).ToString();
            var request = form ? _signer.Form(url, body) : _signer.Json(url, body);
            if (retry > 0)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }

            return request;
        }, ct, redeliver: isEvent).ConfigureAwait(false);
        if (faults is not null && !isEvent && AckText(ack) is { } said && ClearTexts.Classify(said) == ChatAnswer.TryAgain)
        {
            faults.Ledger.Count(AnswerClass.ClearRefusal, "slack acknowledgement");
            throw new SlackUserSawErrorException($"{instance.Name} {path}: acknowledged with \"{said}\"");
        }
    }

    /// <summary>Posts a helpdesk interaction; answers the status (201 or 200) and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostInteractionAsync(BotInstance instance, JsonObject interaction, CancellationToken ct)
    {
        var (status, body) = await SendAsync(instance, "interaction", target =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target.BaseAddress, "api/interactions"))
            {
                Content = new StringContent(interaction.ToJsonString(), Encoding.UTF8),
            };
            request.Content.Headers.ContentType = Json;
            request.Headers.Add("X-Api-Key", settings.ApiKey);
            return request;
        }, ct).ConfigureAwait(false);
        return (status, JsonNode.Parse(body) ?? throw new TurnFailedException($"{instance.Name} interaction: empty body"));
    }

    /// <summary>A one-click vote: the survey link's path on <paramref name="instance"/>, with <c>?vote=</c>.</summary>
    public async Task VoteByLinkAsync(BotInstance instance, Uri surveyUrl, string vote, CancellationToken ct) =>
        await SendAsync(instance, "link vote", target =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target.BaseAddress, surveyUrl.AbsolutePath.TrimStart('/') + "?vote=" + vote));
            request.Headers.Accept.ParseAdd("application/json");
            return request;
        }, ct).ConfigureAwait(false);

    /// <param name="redeliver">False where the real caller never sends again (Slack commands and clicks): a broken connection is then the user's error to repeat.</param>
    private async Task<(HttpStatusCode, string)> SendAsync(BotInstance instance, string what, Func<BotInstance, HttpRequestMessage> build, CancellationToken ct, bool redeliver = true)
    {
        if (faults is null)
        {
            return await SendOnceAsync(instance, what, build, ct).ConfigureAwait(false);
        }

        var target = instance;
        var redelivered = false;
        var refusals = 0;
        while (true)
        {
            var attempt = await AttemptAsync(target, build, ct).ConfigureAwait(false);
            switch (attempt)
            {
                case { Response: { } response } when (int)response.Status is >= 200 and < 300:
                    faults.Ledger.Count(AnswerClass.Answered, what);
                    stats.Succeeded(target.Name, attempt.Elapsed);
                    return (response.Status, response.Body);

                case { Response: { } response } when FaultHandling.IsClearRefusal(response.Status, response.ContentType, response.Body, response.RetryAfter):
                    faults.Ledger.Count(AnswerClass.ClearRefusal, what);
                    if (++refusals > FaultHandling.RefusalsBeforeGivingUp)
                    {
                        throw Fail($"{target.Name} {what}: still refused after {refusals} tries: HTTP {(int)response.Status} {Shorten(response.Body)}");
                    }

                    await Task.Delay(FaultHandling.WaitAfterRefusal(response.RetryAfter), ct).ConfigureAwait(false);
                    target = faults.Route(target);
                    break;

                case { Response: { } response }:
                    var error = $"{target.Name} {what}: HTTP {(int)response.Status} {Shorten(response.Body)}";
                    faults.Ledger.Count(AnswerClass.UnexplainedError, what, error);
                    throw Fail(error);

                case { Refused: true }:
                    // A load balancer's probe finds the dead instance and sends the request on.
                    faults.Ledger.Count(AnswerClass.Rerouted, what);
                    target.MarkDown();
                    target = await faults.OtherThanAsync(target, ct).ConfigureAwait(false);
                    break;

                case { Broken: { } shown } when !redeliver:
                    // Slack shows "operation_timeout" or "dispatch_failed" and sends nothing again.
                    faults.Ledger.Count(AnswerClass.ClearRefusal, what + " (slack showed an error)");
                    throw new SlackUserSawErrorException($"{target.Name} {what}: {shown}");

                case { Broken: { } broken } when !redelivered:
                    // A channel redelivers what it got no answer to; once, to the other instance.
                    faults.Ledger.Count(AnswerClass.Redelivered, what);
                    redelivered = true;
                    target = await faults.OtherThanAsync(target, ct).ConfigureAwait(false);
                    break;

                default:
                    var silence = $"{target.Name} {what}: {attempt.Broken}{(redelivered ? " (after a redelivery)" : "")}";
                    faults.Ledger.Count(AnswerClass.Silence, what, silence);
                    throw Fail(silence);
            }
        }
    }

    private async Task<(HttpStatusCode, string)> SendOnceAsync(BotInstance instance, string what, Func<BotInstance, HttpRequestMessage> build, CancellationToken ct)
    {
        var attempt = await AttemptAsync(instance, build, ct).ConfigureAwait(false);
        if (attempt.Response is not { } response)
        {
            throw Fail($"{instance.Name} {what}: {attempt.Broken}");
        }

        if ((int)response.Status is < 200 or >= 300)
        {
            throw Fail($"{instance.Name} {what}: HTTP {(int)response.Status} {Shorten(response.Body)}");
        }

        stats.Succeeded(instance.Name, attempt.Elapsed);
        return (response.Status, response.Body);
    }

    /// <summary>One request to one instance: its answer, or how the connection failed.</summary>
    private async Task<Attempt> AttemptAsync(BotInstance target, Func<BotInstance, HttpRequestMessage> build, CancellationToken ct)
    {
        using var request = build(target);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return new Attempt(
                new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response.Headers.RetryAfter),
                Refused: false,
                Broken: null,
                TurnStats.Elapsed(started));
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new Attempt(null, Refused: true, Broken: ex.Message, 0);
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(null, Refused: false, Broken: ex.Message, 0);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Attempt(null, Refused: false, Broken: $"no answer within {http.Timeout.TotalSeconds:0} s", 0);
        }
    }

    /// <summary>The text of an acknowledgement body Slack would show (<c>{"text": …}</c>), if any.</summary>
    private static string? AckText(string body)
    {
        if (!body.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return (string?)JsonNode.Parse(body)?["text"];
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private TurnFailedException Fail(string error)
    {
        stats.Failed(error);
        return new TurnFailedException(error);
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";

    private sealed record Answer(HttpStatusCode Status, string? ContentType, string Body, RetryConditionHeaderValue? RetryAfter);

    private sealed record Attempt(Answer? Response, bool Refused, string? Broken, long Elapsed);
}

/// <summary>A bot request that did not succeed; already counted in <see cref="TurnStats"/>.</summary>
internal sealed class TurnFailedException(string message) : Exception(message);

/// <summary>
/// A slash command or click Slack would answer with an error in the client (no answer in time, or
/// "busy" in the acknowledgement); already counted as a clear refusal. The user repeats the action.
/// </summary>
internal sealed class SlackUserSawErrorException(string message) : Exception(message);
