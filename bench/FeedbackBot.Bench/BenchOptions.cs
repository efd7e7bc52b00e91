using System.Globalization;

namespace FeedbackBot.Bench;

/// <summary>The command line: how many conversations, how many requests in flight, and for how long.</summary>
internal sealed record BenchOptions
{
    public int Conversations { get; init; } = 1000;

    public int Concurrency { get; init; } = 32;

    /// <summary>Measure for this long; ignored when <see cref="Rounds"/> is set.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When set, every conversation runs this many whole waterfalls in the measured phase.</summary>
    public int? Rounds { get; init; }

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Host settings on top of appsettings.json (<c>--set Logging:LogLevel:Polly=Warning</c>), to
    /// measure a configuration before proposing it; the reported figures name them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public const string Usage =
        "usage: FeedbackBot.Bench [--conversations N] [--concurrency C] [--duration S | --rounds R] [--warmup S] [--set Key=Value]...\n" +
        "       FeedbackBot.Bench summary [--votes N] [--reads N] [--store sqlite|table|both]\n" +
        "       FeedbackBot.Bench votes [--interactions N] [--warmup N] [--concurrency C] [--store sqlite|table|both]";

    /// <exception cref="ArgumentException">An unknown option or a value out of range.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--rounds" => options with { Rounds = Positive(args[i], value) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(NonNegative(args[i], value)) },
                "--set" => options with { Settings = WithSetting(options.Settings, value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        if (options.Conversations < options.Concurrency)
        {
            // Each worker owns whole conversations, so that a conversation's turns never overlap.
            throw new ArgumentException("--conversations must be at least --concurrency.");
        }

        return options;
    }

    private static Dictionary<string, string> WithSetting(IReadOnlyDictionary<string, string> settings, string value)
    {
        var separator = value.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new ArgumentException($"--set takes Key=Value, not '{value}'.");
        }

        return new Dictionary<string, string>(settings) { [value[..separator]] = value[(separator + 1)..] };
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new ArgumentException($"{name} must be a whole number of seconds, not '{value}'.");
}
