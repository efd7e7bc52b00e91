using FeedbackBot.Testing.Azurite;

namespace FeedbackBot.ScaleOut;

/// <summary>
/// <c>check</c>, <c>load</c> or <c>faults</c> (see <see cref="ScaleOutOptions.Usage"/>); exits 0 when every check
/// passed (and, for load, the held rate kept p99 under target), 1 when not, 2 for a bad command line
/// or a missing tool.
/// </summary>
internal static class ScaleOutProgram
{
    public static async Task<int> Main(string[] args)
    {
        ScaleOutOptions options;
        try
        {
            options = ScaleOutOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync(ScaleOutOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var outcome = options.Mode switch
            {
                "check" => await ScaleOutRun.CheckAsync(options, Console.Out, cancel.Token),
                "faults" => await ScaleOutRun.FaultsAsync(options, Console.Out, cancel.Token),
                _ => await ScaleOutRun.LoadAsync(options, Console.Out, cancel.Token),
            };
            return outcome.Passed ? 0 : 1;
        }
        catch (AzuriteUnavailableException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }
}
