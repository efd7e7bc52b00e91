using System.Runtime.CompilerServices;

namespace FeedbackBot.Deploy.Tests.Support;

/// <summary>Paths in the repository these tests check (deploy/, manifest/, the Dockerfile).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    // The source file's own path (set by the compiler) finds the repository wherever the build
    // output lives; the working and output folders are the fallback when paths were mapped.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [Path.GetDirectoryName(sourceFile), Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts.Where(Directory.Exists))
        {
            for (var directory = new DirectoryInfo(start!); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "FeedbackBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("FeedbackBot.sln not found above " + sourceFile);
    }
}
