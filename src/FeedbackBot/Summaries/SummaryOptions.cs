namespace FeedbackBot.Summaries;

/// <summary>
/// The <c>FeedbackBot:Summaries</c> section: how summary links are signed and how long they work.
/// </summary>
public sealed class SummaryOptions
{
    public const string SectionName = "FeedbackBot:Summaries";

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs chart and CSV links. Every instance must share it;
    /// when empty, each process makes up its own and its links die with it (fine for a local run).
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>How long a chart image link works; the card in the chat history shows it that long.</summary>
    public TimeSpan ChartLinkLifetime { get; set; } = TimeSpan.FromDays(35);

    /// <summary>How long a CSV link works: short, because it holds every comment of the week.</summary>
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
