using System.Text.Json;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>What a person or a search sees of a JSON body: every string in it, decoded, one per line.</summary>
internal static class WalkText
{
    public static string Of(JsonElement? json) => json is { } element ? Decisions.TeamsDecisionBot.AllText(element) : "";

    /// <summary>The <c>private_metadata</c> of the view in a view_submission answer (<c>response_action: update</c>).</summary>
    public static string PrivateMetadata(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return document.RootElement.GetProperty("view").GetProperty("private_metadata").GetString()!;
    }

    /// <summary>The strings of a JSON body, or the body itself when it is not JSON (a page, a form).</summary>
    public static string Of(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Of(document.RootElement);
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
