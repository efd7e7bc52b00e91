using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FeedbackBot.Testing;

/// <summary>
/// A throw-away TLS certificate for 127.0.0.1, made in-process so no machine trust store is
/// touched. MSAL only talks to https authorities; clients trust exactly this certificate through
/// <see cref="CreateTrustingHandler"/>.
/// </summary>
internal static class FakeTokenEndpointCertificate
{
    public static X509Certificate2 Create()
    {
        // ECDSA: a P-256 key is made in microseconds, an RSA key can take a second per test.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=FeedbackBot fake token endpoint", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));

        var now = DateTimeOffset.UtcNow;
        using var ephemeral = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        // A PFX round trip gives the key a form every platform's TLS stack accepts for a server.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>A handler that trusts <paramref name="certificate"/> as its only root, with normal name checks.</summary>
    public static SocketsHttpHandler CreateTrustingHandler(X509Certificate2 certificate)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(certificate);
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy },
        };
    }
}
