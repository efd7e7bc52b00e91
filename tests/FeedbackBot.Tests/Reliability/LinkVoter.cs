using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Tests.Support;
using FeedbackBot.Tests.Votes;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// A helpdesk and its customers on one instance, back to back: report an interaction
/// (<c>POST /api/interactions</c>), then vote on it through its survey link, hit and miss in turn.
/// Records what was acknowledged, how often it was refused clearly, and every unclear answer.
/// </summary>
internal sealed class LinkVoter(BotHost host, string name)
{
    private int _refused;

    /// <summary>A request answered 201, and the vote on it answered 200 (null when the vote was refused).</summary>
    public sealed record Acknowledgement(string InteractionId, Verdict? Verdict);

    public string Name => name;

    public ConcurrentQueue<Acknowledgement> Acknowledged { get; } = new();

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Requests refused with a clear 503.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var interactionId = $"fault-{name}-{i}";
            if (await CreateAsync(interactionId) is not { } token)
            {
                continue;
            }

            var verdict = i % 2 == 0 ? Verdict.Hit : Verdict.Miss;
            Acknowledged.Enqueue(new Acknowledgement(interactionId, await VoteAsync(token, verdict) ? verdict : null));
        }
    }

    private async Task<string?> CreateAsync(string interactionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(Interaction(interactionId)) };
        request.Headers.Add("X-Api-Key", FaultBot.ApiKey);
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        if (!await IsClearAsync("POST /api/interactions", response) || response.StatusCode != HttpStatusCode.Created)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        if (body?["surveyUrl"]?.GetValue<string>() is not { } surveyUrl)
        {
            Problems.Enqueue($"{interactionId}: created without a survey link: {body}");
            return null;
        }

        return VoteBot.TokenOf(surveyUrl);
    }

    // A customer of their own per interaction: the bot asks one customer at most once a week.
    private static JsonObject Interaction(string interactionId) =>
        VoteBot.Interaction(interactionId, new JsonObject { ["id"] = "cust-" + interactionId, ["name"] = "Ada Lovelace" });

    private async Task<bool> VoteAsync(string token, Verdict verdict)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/feedback/{token}?vote={(verdict == Verdict.Hit ? "hit" : "miss")}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return await IsClearAsync("GET /feedback/{token}", response) && response.StatusCode == HttpStatusCode.OK;
    }

    private async Task<bool> IsClearAsync(string what, HttpResponseMessage response)
    {
        if (await ClearAnswer.ProblemWithAsync(what, response) is { } problem)
        {
            Problems.Enqueue(problem);
            return false;
        }

        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _refused);
        }

        return true;
    }
}
