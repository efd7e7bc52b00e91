using System.Buffers;
using System.Text.Json;

namespace FeedbackBot.Bench;

/// <summary>
/// Writes an inbound Teams message activity as the Bot Connector posts it (PROTOCOLS.md 1), into
/// a buffer each worker reuses, so the load generator takes as little CPU from the host as it can.
/// </summary>
internal sealed class ActivityWriter : IDisposable
{
    private const string TenantId = "bench-tenant";

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly string _serviceUrl;

    public ActivityWriter(Uri serviceUrl)
    {
        _json = new Utf8JsonWriter(_buffer);
        _serviceUrl = serviceUrl.ToString();
    }

    /// <summary>The activity's UTF-8 JSON; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Message(int conversation, string activityId, string text)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("type", "message");
        _json.WriteString("id", activityId);
        _json.WriteString("timestamp", DateTimeOffset.UtcNow);
        _json.WriteString("serviceUrl", _serviceUrl);
        _json.WriteString("channelId", "msteams");
        _json.WriteStartObject("from");
        _json.WriteString("id", WaterfallScript.UserId(conversation));
        _json.WriteString("name", "Bench User");
        _json.WriteEndObject();
        _json.WriteStartObject("recipient");
        _json.WriteString("id", "28:feedbackbot-bench");
        _json.WriteString("name", "FeedbackBot");
        _json.WriteEndObject();
        _json.WriteStartObject("conversation");
        _json.WriteString("id", WaterfallScript.ConversationId(conversation));
        _json.WriteString("conversationType", "personal");
        _json.WriteString("tenantId", TenantId);
        _json.WriteEndObject();
        _json.WriteStartObject("channelData");
        _json.WriteStartObject("tenant");
        _json.WriteString("id", TenantId);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteString("locale", "en-US");
        _json.WriteString("text", text);
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _json.Dispose();
}
