using System.Reflection;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// Where the built bot is: src/FeedbackBot's output for the configuration this harness was built
/// with (the project reference builds it first; the path is stamped in at build time).
/// </summary>
internal static class HostBinary
{
    public static string Path()
    {
        var stamped = typeof(HostBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FeedbackBotHost").Value!;
        var full = System.IO.Path.GetFullPath(stamped);
        return File.Exists(full)
            ? full
            : throw new FileNotFoundException($"The bot is not built at {full}; build bench/FeedbackBot.ScaleOut (it builds src/FeedbackBot first).", full);
    }
}
