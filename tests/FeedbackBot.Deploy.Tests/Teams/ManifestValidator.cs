using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Teams;

/// <summary>
/// Runs validate-teams-manifest.mjs (beside this file): Microsoft's JSON schemas from the npm
/// package @microsoft/app-manifest, pinned in tests/package.json, applied by ajv.
/// </summary>
internal static class ManifestValidator
{
    private static readonly string Script = Repository.PathOf("tests", "FeedbackBot.Deploy.Tests", "Teams", "validate-teams-manifest.mjs");

    /// <summary>Null when Node and the pinned packages are installed; otherwise why not.</summary>
    public static async Task<string?> MissingAsync()
    {
        foreach (var package in new[] { "@microsoft/app-manifest", "ajv-draft-04", "ajv-formats" })
        {
            if (!File.Exists(Repository.PathOf("tests", "node_modules", package, "package.json")))
            {
                return $"tests/node_modules/{package} is missing: run npm ci in tests/.";
            }
        }

        return await Tool.MissingAsync("node");
    }

    /// <summary>The schema errors of each file (manifest.json, then each language file), by file name.</summary>
    public static async Task<(ToolResult Run, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors, string Schemas)> ValidateAsync(string folder)
    {
        var run = await Tool.RunAsync("node", [Script, folder]);
        var line = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "{}";
        var report = JsonNode.Parse(line)!;
        var errors = report["files"]?.AsObject().ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value!.AsArray().Select(e => (string)e!)]) ?? [];
        return (run, errors, (string?)report["schemas"] ?? "");
    }
}
