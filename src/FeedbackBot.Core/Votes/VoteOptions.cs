namespace FeedbackBot.Core.Votes;

/// <summary>
/// The <c>FeedbackBot:Votes</c> configuration section: survey rules, the survey-link signing key
/// and the optional outgoing webhook. A plain POCO the host binds and validates.
/// </summary>
public sealed class VoteOptions
{
    /// <summary>The configuration section this class is bound from.</summary>
    public const string SectionName = "FeedbackBot:Votes";

    /// <summary>Days a request accepts votes.</summary>
    public int RequestExpiryDays { get; set; } = 7;

    /// <summary>Days after which an unanswered request gets its one reminder (0: no reminders).</summary>
    public int ReminderAfterDays { get; set; } = 2;

    /// <summary>How often each instance looks for requests due a reminder.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A customer is asked at most once in this many days (0: no limit).</summary>
    public int AskAtMostEveryDays { get; set; } = 7;

    /// <summary>Ask one in this many interactions (1: every one).</summary>
    public int SampleOneIn { get; set; } = 1;

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs survey links. Every instance must share it; when
    /// empty, each process makes up its own and links die with it (fine for a local run only).
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>When set, every vote is POSTed here as JSON, signed with <see cref="WebhookSecret"/>.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The HMAC-SHA256 key of the webhook signature (required with <see cref="WebhookUrl"/>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Where each tenant's MISS alerts are posted: <c>{tenant}/{team}</c> (or <c>{tenant}/*</c> for the
    /// tenant's other teams) to <c>{channel}:{conversationId}</c>, e.g. <c>slack:C0123ABCD</c> or
    /// <c>msteams:19:abc@thread.tacv2</c>. Unqualified keys (<c>{team}</c>, <c>*</c>) need <see cref="AlertChannelsForEveryTenant"/>.
    /// </summary>
    public IDictionary<string, string> AlertChannels { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The deployment serves one organisation, so unqualified <see cref="AlertChannels"/> keys
    /// (<c>{team}</c>, <c>*</c>) apply to every tenant id it sees (its Slack workspace, its Teams
    /// tenant, web chat, the helpdesk API). Without it they are refused at start-up: with several
    /// organisations they would post one's MISS comments in another's channel.
    /// </summary>
    public bool AlertChannelsForEveryTenant { get; set; }

    /// <summary>How often each instance counts what a crash or an outage left uncounted (the count repair job).</summary>
    public TimeSpan CountRepairInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The repair job leaves count intents younger than this to the writers still finishing them.</summary>
    public TimeSpan CountRepairMinAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An intent whose vote or request row has not landed after this long never will (longer than
    /// any store call with its retries) and is discarded uncounted.
    /// </summary>
    public TimeSpan CountRepairGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The language MISS alerts are written in (<c>en</c> or <c>de</c>).</summary>
    public string AlertLocale { get; set; } = "en";
}
