namespace FeedbackBot.Deploy.Tests.Docker;

/// <summary>One instruction of a Dockerfile: its keyword upper-cased, its arguments with line continuations joined.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments);

/// <summary>One build stage: its FROM image, its name, and its instructions.</summary>
internal sealed record DockerStage(string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions);

/// <summary>
/// Just enough of the Dockerfile syntax to check the file's structure (no Docker daemon here):
/// comments, line continuations, stages.
/// </summary>
internal static class Dockerfile
{
    public static IReadOnlyList<DockerStage> Parse(string text)
    {
        var instructions = new List<DockerInstruction>();
        var current = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (current.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            current += line.TrimEnd('\\').Trim() + " ";
            if (line.EndsWith('\\'))
            {
                continue;
            }

            if (current.Trim().Length > 0)
            {
                var parts = current.Trim().Split(' ', 2);
                instructions.Add(new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : ""));
            }

            current = "";
        }

        var stages = new List<DockerStage>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                stages.Add(new DockerStage(words[0], name, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1] = stages[^1] with { Instructions = [.. stages[^1].Instructions, instruction] };
            }
        }

        return stages;
    }
}
