using System.Globalization;

namespace FeedbackBot.Bench.Slack;

/// <summary>The Slack benchmark's command line: the offered rate, and how long to warm up and measure.</summary>
internal sealed record SlackBenchOptions
{
    /// <summary>Slash commands started per second, on a fixed schedule whatever the answers do (open loop).</summary>
    public int Rate { get; init; } = 200;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Distinct Slack users sending commands; each costs one users.info lookup, then is cached.</summary>
    public int Users { get; init; } = 500;

    public const string Usage = "usage: FeedbackBot.Bench.Slack [--rate N] [--duration S] [--warmup S] [--users U]";

    /// <exception cref="ArgumentException">An unknown option or a value out of range.</exception>
    public static SlackBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SlackBenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rate" => options with { Rate = Whole(args[i], value, 1) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Whole(args[i], value, 1)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Whole(args[i], value, 0)) },
                "--users" => options with { Users = Whole(args[i], value, 1) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static int Whole(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= minimum
            ? parsed
            : throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{value}'.");
}
