namespace FeedbackBot.Channels.Slack.Configuration;

/// <summary>
/// The Slack app's credentials and the Web API base, bound from the <c>Slack</c> section. Both
/// empty: Slack is not configured, its endpoints are not mapped (404) and the bot runs without
/// it, as a fresh clone does. Half-configured refuses to start (<see cref="SlackOptionsValidator"/>).
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The app's signing secret ("Basic Information" → "App Credentials"); verifies every request.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot token (<c>xoxb-…</c>, "OAuth &amp; Permissions") the Web API calls carry.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Where Web API methods live (<c>{ApiBaseUrl}chat.postMessage</c>); tests point it at a fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How many acknowledged requests may wait for a worker; beyond it users are told "busy".</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How many turns run at once; each mostly waits on the store and on Slack. 0 makes an
    /// instance that only accepts: its work waits in the journal for another instance's take-over.
    /// </summary>
    public int Workers { get; set; } = 16;

    /// <summary>
    /// How long an instance holds a piece of acknowledged work in the journal before another may
    /// take it over; renewed while the work runs, so only a dead or stuck instance loses it.
    /// </summary>
    public TimeSpan WorkLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each instance looks for journaled work whose lease ran out.</summary>
    public TimeSpan WorkTakeoverInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest the acknowledgement waits for the journal write. Slack wants its answer within
    /// 3 seconds; past this the request is refused ("busy", or 503 for an event) instead.
    /// </summary>
    public TimeSpan JournalWriteTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after Slack sent a request the bot still tries <c>views.open</c> with its
    /// <c>trigger_id</c>. A trigger lives 3 seconds (PROTOCOLS.md 6.4); the default keeps a margin
    /// for the call itself. Past the budget the form is asked as a message instead.
    /// </summary>
    public TimeSpan ModalTriggerBudget { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>True when either credential is set, i.e. someone meant to connect a Slack app.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken);
}
