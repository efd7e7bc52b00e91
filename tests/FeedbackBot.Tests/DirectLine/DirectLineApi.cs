using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>Calls a bot's embedded Direct Line as DirectLineJS does, for host tests.</summary>
public sealed class DirectLineApi(HttpClient client)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client => client;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request, Ct);
    }

    /// <summary>What the chat page does: a page token, then start the conversation with it.</summary>
    public async Task<Conversation> StartFromPageAsync(string? locale = null)
    {
        var token = await ReadAsync<ConversationBody>(await SendAsync(HttpMethod.Post, "/chat/token", bearer: null), HttpStatusCode.OK);
        var body = locale is null ? null : new JsonObject { ["locale"] = locale }.ToJsonString();
        var started = await ReadAsync<ConversationBody>(await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, body), HttpStatusCode.Created);
        return new Conversation(started.ConversationId, started.Token);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(Conversation conversation, JsonObject activity, string? bearer = null) =>
        await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", bearer ?? conversation.Token, activity.ToJsonString());

    /// <summary>Posts a message and returns the id the server gave it.</summary>
    public async Task<string> SayAsync(Conversation conversation, string text, string? clientActivityId = null)
    {
        var response = await PostActivityAsync(conversation, Message(text, clientActivityId));
        return (await ReadAsync<IdBody>(response, HttpStatusCode.OK)).Id;
    }

    public async Task<ActivitySet> GetActivitiesAsync(Conversation conversation, string watermark = "", string? bearer = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", bearer ?? conversation.Token);
        return await ReadAsync<ActivitySet>(response, HttpStatusCode.OK);
    }

    /// <summary>Polls from the start until an activity matches, as a client would (no fixed sleeps).</summary>
    public async Task<IReadOnlyList<JsonElement>> PollUntilAsync(Conversation conversation, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var all = await AllActivitiesAsync(conversation);
            if (all.Any(match))
            {
                return all;
            }

            Assert.True(DateTime.UtcNow < deadline, "The expected activity never arrived: " + string.Join(" | ", all.Select(TextOf)));
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The whole transcript, page after page.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllActivitiesAsync(Conversation conversation, string? bearer = null)
    {
        var all = new List<JsonElement>();
        var watermark = "";
        while (true)
        {
            var set = await GetActivitiesAsync(conversation, watermark, bearer);
            if (set.Activities.Count == 0)
            {
                return all;
            }

            all.AddRange(set.Activities);
            watermark = set.Watermark;
        }
    }

    public static JsonObject Message(string text, string? clientActivityId = null) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "spoofed-user", ["name"] = "Ada", ["role"] = "user" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    public static string? TextOf(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public static string RoleOf(JsonElement activity) => activity.GetProperty("from").GetProperty("role").GetString()!;

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!;
    }

    public sealed record Conversation(string Id, string Token);

    public sealed record ConversationBody(string ConversationId, string Token, [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);

    public sealed record IdBody(string Id);
}
