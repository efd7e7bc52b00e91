using FeedbackBot.Channels.BotFramework.Configuration;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Sorts a token by its issuer so the right metadata is used (PROTOCOLS.md 2.1, 2.2 rule 2).
/// Emulator issuers follow the SDK's EmulatorValidation: the v3.1 and v3.2 Emulator tenants, the US
/// Government tenant, and the v1/v2 issuers of the token's own <c>tid</c> and of the configured tenant.
/// </summary>
internal static class TrustedIssuers
{
    private const string EmulatorV31Tenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string EmulatorV32Tenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private const string USGovEmulatorTenant = "cab8a31a-1906-4287-a0d8-4eef66b95f6e";

    private static readonly string[] FixedEmulatorIssuers =
    [
        V1Issuer(EmulatorV31Tenant),
        V2Issuer(EmulatorV31Tenant),
        V1Issuer(EmulatorV32Tenant),
        V2Issuer(EmulatorV32Tenant),
        V1Issuer(USGovEmulatorTenant),
        $"https://login.microsoftonline.us/{USGovEmulatorTenant}/v2.0",
    ];

    public static TokenSource Classify(string? issuer, string? tokenTenantId, BotFrameworkOptions options)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return TokenSource.Untrusted;
        }

        if (string.Equals(issuer, options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return TokenSource.Channel;
        }

        return EmulatorIssuers(tokenTenantId, options).Contains(issuer, StringComparer.Ordinal)
            ? TokenSource.Emulator
            : TokenSource.Untrusted;
    }

    /// <summary>The issuers an Emulator token may carry, for the signature validation to re-check.</summary>
    public static IReadOnlyList<string> EmulatorIssuers(string? tokenTenantId, BotFrameworkOptions options)
    {
        var issuers = new List<string>(FixedEmulatorIssuers);
        foreach (var tenant in new[] { tokenTenantId, options.MicrosoftAppTenantId })
        {
            if (!string.IsNullOrWhiteSpace(tenant))
            {
                issuers.Add(V1Issuer(tenant));
                issuers.Add(V2Issuer(tenant));
            }
        }

        return issuers;
    }

    private static string V1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";

    private static string V2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";
}
