using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Governance.AI.Redis.Tests.Infrastructure;

namespace Governance.AI.Redis.Tests.Client;

public sealed class RedisTlsTests
{
    [RedisFact]
    public async Task Connects_over_TLS_trusting_only_the_given_CA_and_refuses_an_untrusted_server()
    {
        string directory = Path.Combine(Path.GetTempPath(), "governance-redis-tls-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using X509Certificate2 ca = WriteCertificates(directory);
            await using RedisServerProcess server = await RedisServerProcess.StartAsync(
                "--port", "0", "--tls-port", "{port}",
                "--tls-cert-file", Path.Combine(directory, "server.pem"),
                "--tls-key-file", Path.Combine(directory, "server.key"),
                "--tls-ca-cert-file", Path.Combine(directory, "ca.pem"),
                "--tls-auth-clients", "no");

            var trusting = RedisConnectionOptions.Parse($"localhost:{server.Port},ssl=true");
            var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            policy.CustomTrustStore.Add(ca);
            trusting.TlsOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy };
            await using (RedisMultiplexer redis = await RedisMultiplexer.ConnectAsync(trusting))
            {
                await redis.ExecuteAsync(RedisRequest.ForKey("SET", "tls", "yes"));
                Assert.Equal("yes", (await redis.ExecuteAsync(RedisRequest.ForKey("GET", "tls"))).AsString());
            }

            // Without the custom root the server certificate is not trusted: the handshake fails.
            var untrusting = RedisConnectionOptions.Parse($"localhost:{server.Port},ssl=true");
            RedisConnectionException refused = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisMultiplexer.ConnectAsync(untrusting));
            Assert.IsAssignableFrom<System.Security.Authentication.AuthenticationException>(refused.InnerException);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static X509Certificate2 WriteCertificates(string directory)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Governance.AI test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        X509Certificate2 ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using X509Certificate2 serverCertificate = serverRequest.Create(ca, now.AddDays(-1), now.AddDays(1), [1, 2, 3, 4, 5, 6, 7, 8]);

        File.WriteAllText(Path.Combine(directory, "ca.pem"), ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.pem"), serverCertificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return ca;
    }
}
