using System.Globalization;

namespace FeedbackBot.ScaleOut;

/// <summary>
/// The command line. <c>check</c>: mixed traffic at a modest pace with a rolling restart half-way,
/// then the checks. <c>load</c>: the same traffic open-loop, stepping the rate up until p99 passes
/// the target (or at <c>--rate</c>), then held for <c>--duration</c>, then the same checks.
/// <c>faults</c>: the same traffic open-loop at <c>--rate</c> for <c>--duration</c> while the store,
/// the peers and an instance fail (<see cref="ScaleOutRun.FaultsAsync"/>), then the checks and
/// how every answer was classed.
/// </summary>
internal sealed record ScaleOutOptions
{
    public const string Usage =
        "usage: FeedbackBot.ScaleOut check [--duration 60s] [--concurrency 8]\n" +
        "       FeedbackBot.ScaleOut load [--duration 5m] [--rate TURNS_PER_S | --start-rate 20 --step 20s] [--p99 200]\n" +
        "       FeedbackBot.ScaleOut faults [--duration 2m] [--rate 8] [--only store,peers,instance]";

    /// <summary>The fault run's faults, by the names <c>--only</c> takes.</summary>
    public static readonly IReadOnlyList<string> FaultNames = ["store", "peers", "instance"];

    /// <summary>The fault run's offered load when no <c>--rate</c> is given: modest, so the faults and not the load decide.</summary>
    public const double FaultRate = 8;

    public required string Mode { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Check mode: scenarios in flight at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Load mode: hold this many turns per second; null searches for the highest that holds. Fault mode: the offered rate.</summary>
    public double? Rate { get; init; }

    /// <summary>Fault mode: which faults to apply (<see cref="FaultNames"/>); all by default.</summary>
    public IReadOnlyList<string> Faults { get; init; } = FaultNames;

    public double StartRate { get; init; } = 20;

    public TimeSpan Step { get; init; } = TimeSpan.FromSeconds(20);

    public double P99TargetMs { get; init; } = 200;

    /// <exception cref="ArgumentException">An unknown mode or option, or a value out of range.</exception>
    public static ScaleOutOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("check" or "load" or "faults"))
        {
            throw new ArgumentException("Say check, load or faults.");
        }

        var options = new ScaleOutOptions
        {
            Mode = args[0],
            Duration = args[0] switch
            {
                "check" => TimeSpan.FromSeconds(60),
                "faults" => TimeSpan.FromMinutes(2),
                _ => TimeSpan.FromMinutes(5),
            },
        };
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--duration" => options with { Duration = Span(args[i], value) },
                "--concurrency" => options with { Concurrency = (int)Positive(args[i], value) },
                "--rate" => options with { Rate = Positive(args[i], value) },
                "--start-rate" => options with { StartRate = Positive(args[i], value) },
                "--step" => options with { Step = Span(args[i], value) },
                "--p99" => options with { P99TargetMs = Positive(args[i], value) },
                "--only" => options with { Faults = FaultList(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    /// <summary>"90s", "5m" or plain seconds.</summary>
    public static TimeSpan Span(string name, string value)
    {
        var (number, unit) = value.EndsWith('m') ? (value[..^1], 60) : value.EndsWith('s') ? (value[..^1], 1) : (value, 1);
        return TimeSpan.FromSeconds(Positive(name, number) * unit);
    }

    private static string[] FaultList(string value)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 0 && names.All(FaultNames.Contains)
            ? names
            : throw new ArgumentException($"--only takes a comma-separated list of {string.Join(", ", FaultNames)}, not '{value}'.");
    }

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new ArgumentException($"{name} must be a positive number, not '{value}'.");
}
