namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// The two companies of the walk. Everything of tenant B carries "bravo" or "B-SECRET" (tenant,
/// users, conversations, comments, decision, statement, agent, element, team), and nothing of
/// tenant A does, so a search of any reply, page, push or stored row for those two strings finds
/// B's data wherever it went.
/// </summary>
internal static class Walk
{
    /// <summary>Tenant A: its Teams tenant id and its Slack team id (one company on both).</summary>
    public const string Alpha = "T0ALPHA";

    /// <summary>Tenant B.</summary>
    public const string Bravo = "T0BRAVO";

    public const string AlphaTeam = "alpha-support";
    public const string BravoTeam = "bravo-support";

    public const string AlphaAdmin = "29:alpha-admin";
    /// <summary>
    /// The operator's configured admin (<c>FeedbackBot:Admins</c> holds in every tenant, and
    /// <c>feedback-admin list</c> shows it everywhere): B's first admin, who sets B up.
    /// </summary>
    public const string Operator = "29:operator";
    public const string AlphaSlackAdmin = "UALPHAADMIN";

    /// <summary>B's statement, decision, comments, agent and element all start with this.</summary>
    public const string Secret = "B-SECRET";

    /// <summary>B's headline figures: 4 HIT, 3 MISS this week (57 %); A's walk must never show them.</summary>
    public const string BravoRate = "57%";

    /// <summary>Whether <paramref name="text"/> carries anything of tenant B.</summary>
    public static bool IsBravo(string? text) =>
        text is not null && (text.Contains("bravo", StringComparison.OrdinalIgnoreCase) || text.Contains(Secret, StringComparison.OrdinalIgnoreCase));
}
