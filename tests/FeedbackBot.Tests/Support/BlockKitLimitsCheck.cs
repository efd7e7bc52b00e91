using System.Text.Json;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// Checks Block Kit payloads the bot sent against Slack's documented limits (PROTOCOLS.md 6.10),
/// independently of the renderer's own constants: a renderer that forgets a limit fails here.
/// </summary>
public static class BlockKitLimitsCheck
{
    /// <summary>Every violation in one message (<c>chat.postMessage</c>, <c>chat.update</c>, a response_url body) or view.</summary>
    public static IReadOnlyList<string> Violations(JsonElement body, bool isView)
    {
        var errors = new List<string>();
        if (!body.TryGetProperty("blocks", out var blocks))
        {
            return errors;
        }

        var max = isView ? 100 : 50;
        if (blocks.GetArrayLength() > max)
        {
            errors.Add($"{blocks.GetArrayLength()} blocks (max {max})");
        }

        if (!isView && body.TryGetProperty("text", out var text) && text.GetString() is { } fallback && fallback.Length > 4000)
        {
            errors.Add($"message text of {fallback.Length} characters (keep ≤ 4000)");
        }

        if (isView)
        {
            foreach (var name in new[] { "title", "submit", "close" })
            {
                if (body.TryGetProperty(name, out var title) && Length(title, "text") > 24)
                {
                    errors.Add($"view {name} over 24 characters");
                }
            }

            if (body.TryGetProperty("private_metadata", out var metadata) && metadata.GetString()!.Length > 3000)
            {
                errors.Add("private_metadata over 3000 characters");
            }
        }

        foreach (var block in blocks.EnumerateArray())
        {
            Check(block, errors);
        }

        return errors;
    }

    private static void Check(JsonElement block, List<string> errors)
    {
        var type = block.GetProperty("type").GetString();
        Limit(block, "block_id", 255, errors);
        switch (type)
        {
            case "section":
                if (block.TryGetProperty("text", out var text) && Length(text, "text") is < 1 or > 3000)
                {
                    errors.Add($"section text of {Length(text, "text")} characters (1–3000)");
                }

                if (block.TryGetProperty("fields", out var fields))
                {
                    if (fields.GetArrayLength() > 10)
                    {
                        errors.Add("more than 10 section fields");
                    }

                    errors.AddRange(fields.EnumerateArray().Where(f => Length(f, "text") > 2000).Select(_ => "section field over 2000 characters"));
                }

                break;
            case "header":
                if (Length(block.GetProperty("text"), "text") > 150)
                {
                    errors.Add("header over 150 characters");
                }

                break;
            case "context":
                if (block.GetProperty("elements").GetArrayLength() > 10)
                {
                    errors.Add("more than 10 context elements");
                }

                break;
            case "actions":
                var elements = block.GetProperty("elements");
                if (elements.GetArrayLength() > 25)
                {
                    errors.Add("more than 25 actions");
                }

                var ids = elements.EnumerateArray().Select(e => e.GetProperty("action_id").GetString()).ToList();
                if (ids.Distinct().Count() != ids.Count)
                {
                    errors.Add("duplicate action_id in one actions block");
                }

                foreach (var element in elements.EnumerateArray())
                {
                    Limit(element, "action_id", 255, errors);
                    Limit(element, "value", 2000, errors);
                    if (Length(element.GetProperty("text"), "text") > 75)
                    {
                        errors.Add("button text over 75 characters");
                    }
                }

                break;
            case "input":
                if (Length(block.GetProperty("label"), "text") > 2000)
                {
                    errors.Add("input label over 2000 characters");
                }

                var input = block.GetProperty("element");
                Limit(input, "action_id", 255, errors);
                if (input.TryGetProperty("options", out var options))
                {
                    if (options.GetArrayLength() > 100)
                    {
                        errors.Add("more than 100 options");
                    }

                    errors.AddRange(options.EnumerateArray().Where(o => Length(o.GetProperty("text"), "text") > 75).Select(_ => "option text over 75 characters"));
                    errors.AddRange(options.EnumerateArray().Where(o => o.GetProperty("value").GetString()!.Length > 150).Select(_ => "option value over 150 characters"));
                }

                break;
            case "divider":
                break;
            default:
                errors.Add($"unexpected block type {type}");
                break;
        }
    }

    private static void Limit(JsonElement element, string property, int max, List<string> errors)
    {
        if (element.TryGetProperty(property, out var value) && value.GetString() is { } text && text.Length > max)
        {
            errors.Add($"{property} of {text.Length} characters (max {max})");
        }
    }

    private static int Length(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;
}
