using System.Text.Json;

namespace FeedbackBot.Testing;

/// <summary>The readable strings anywhere in a JSON message (Block Kit, an Activity with its cards), for asserting on what a user would see.</summary>
public static class JsonTexts
{
    /// <summary>Every string value of a property named one of <paramref name="names"/>, at any depth, in document order.</summary>
    public static IEnumerable<string> Of(JsonElement element, params string[] names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && names.Contains(property.Name, StringComparer.Ordinal))
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var text in Of(property.Value, names))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Of(item, names))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }
}
