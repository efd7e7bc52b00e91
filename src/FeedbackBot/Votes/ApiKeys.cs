using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Votes;

/// <summary>
/// The keys <c>POST /api/interactions</c> accepts (<c>FeedbackBot:ApiKeys</c>). An entry
/// <c>{tenant}:{key}</c> binds the key to that tenant; a bare key belongs to the default tenant and
/// may name any tenant in the body. Keys are compared as SHA-256 digests in constant time, and
/// every configured key is compared, so timing says nothing about which key nearly matched.
/// </summary>
public sealed class ApiKeys
{
    private readonly List<(byte[] Digest, string? Tenant)> keys;

    public ApiKeys(IOptions<FeedbackBotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        keys = [.. options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Parse)];
    }

    /// <summary>Whether any key is configured (without one the endpoint refuses everything).</summary>
    public bool Any => keys.Count > 0;

    /// <summary>The caller's key: null when it matches none; otherwise the tenant it is bound to (null for a bare key).</summary>
    public ApiKeyMatch? Match(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiKeyMatch? match = null;
        foreach (var (known, tenant) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, known))
            {
                match ??= new ApiKeyMatch(tenant);
            }
        }

        return match;
    }

    private static (byte[], string?) Parse(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < entry.Length - 1
            ? (SHA256.HashData(Encoding.UTF8.GetBytes(entry[(colon + 1)..])), entry[..colon])
            : (SHA256.HashData(Encoding.UTF8.GetBytes(entry)), null);
    }
}

/// <summary>A matched API key and the tenant it is bound to (<c>null</c>: any, defaulting to <see cref="Tenants.Default"/>).</summary>
public sealed record ApiKeyMatch(string? Tenant);
