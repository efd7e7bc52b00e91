using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// The effective Direct Line secret, read (or in local mode generated) once per process, and the
/// token signing key derived from it. Never logged, never part of an exception message.
/// </summary>
public sealed class DirectLineKeys
{
    private const int GeneratedSecretBytes = 32;
    private const int SigningKeyBytes = 32;

    // A label per key use, so a key derived from this secret for one purpose can never verify another.
    private static readonly byte[] TokenKeyInfo = Encoding.UTF8.GetBytes("FeedbackBot Direct Line token signing v1");

    private readonly byte[] _secretHash;

    public DirectLineKeys(IOptions<DirectLineOptions> options, IOptions<BotFrameworkOptions> bot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        IsEnabled = DirectLineActivation.IsEnabled(options.Value, bot.Value);
        var secret = string.IsNullOrEmpty(options.Value.Secret)
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedSecretBytes))
            : options.Value.Secret;
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        _secretHash = SHA256.HashData(secretBytes);
        TokenSigningKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secretBytes, SigningKeyBytes, salt: [], info: TokenKeyInfo);
    }

    /// <summary>Whether the endpoint is served at all.</summary>
    public bool IsEnabled { get; }

    /// <summary>The HMAC-SHA256 key that signs and checks tokens.</summary>
    internal byte[] TokenSigningKey { get; }

    /// <summary>True when <paramref name="presented"/> is the secret. Compares hashes in fixed time, so neither content nor length leaks.</summary>
    public bool IsSecret(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _secretHash);
    }
}
