using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FeedbackBot.ScaleOut.Cluster;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// The harness's side of every bot endpoint it drives: Bot Framework activities, signed Slack
/// requests, helpdesk interactions and one-click vote links. Each request is timed into
/// <see cref="TurnStats"/>; a non-2xx answer or a broken connection counts as an error and throws
/// <see cref="TurnFailedException"/>, so a scenario never goes on from a turn the bot did not take.
/// </summary>
internal sealed class BotClient(HttpClient http, ClusterSettings settings, TurnStats stats)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly SlackRequestSigner _signer = new(settings.SlackSigningSecret);

    public TurnStats Stats => stats;

    public async Task PostActivityAsync(BotInstance instance, JsonObject activity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance.BaseAddress, "api/messages"))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = Json;
        await SendAsync(instance, request, "activity", ct).ConfigureAwait(false);
    }

    /// <param name="retry">The retry number Slack would send with a redelivered event (<c>X-Slack-Retry-Num</c>).</param>
    public async Task PostSlackAsync(BotInstance instance, string path, string body, bool form, int retry, CancellationToken ct)
    {
        var url = new Uri(instance.BaseAddress, path).ToString();
        using var request = form ? _signer.Form(url, body) : _signer.Json(url, body);
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        await SendAsync(instance, request, path, ct).ConfigureAwait(false);
    }

    /// <summary>Posts a helpdesk interaction; answers the status (201 or 200) and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostInteractionAsync(BotInstance instance, JsonObject interaction, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance.BaseAddress, "api/interactions"))
        {
            Content = new StringContent(interaction.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        var (status, body) = await SendAsync(instance, request, "interaction", ct).ConfigureAwait(false);
        return (status, JsonNode.Parse(body) ?? throw new TurnFailedException($"{instance.Name} interaction: empty body"));
    }

    /// <summary>A one-click vote: the survey link's path on <paramref name="instance"/>, with <c>?vote=</c>.</summary>
    public async Task VoteByLinkAsync(BotInstance instance, Uri surveyUrl, string vote, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance.BaseAddress, surveyUrl.AbsolutePath.TrimStart('/') + "?vote=" + vote));
        request.Headers.Accept.ParseAdd("application/json");
        await SendAsync(instance, request, "link vote", ct).ConfigureAwait(false);
    }

    private async Task<(HttpStatusCode, string)> SendAsync(BotInstance instance, HttpRequestMessage request, string what, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var elapsed = TurnStats.Elapsed(started);
            if (!response.IsSuccessStatusCode)
            {
                throw Fail($"{instance.Name} {what}: HTTP {(int)response.StatusCode} {Shorten(body)}");
            }

            stats.Succeeded(instance.Name, elapsed);
            return (response.StatusCode, body);
        }
        catch (HttpRequestException ex)
        {
            throw Fail($"{instance.Name} {what}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Fail($"{instance.Name} {what}: timed out");
        }
    }

    private TurnFailedException Fail(string error)
    {
        stats.Failed(error);
        return new TurnFailedException(error);
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}

/// <summary>A bot request that did not succeed; already counted in <see cref="TurnStats"/>.</summary>
internal sealed class TurnFailedException(string message) : Exception(message);
