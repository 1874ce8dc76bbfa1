using System.Security.Cryptography;
using System.Text;

namespace Governance.AI.Telemetry;

/// <content>The key of the user-id pseudonyms in audit events: the configured one, else one generated per process.</content>
public sealed partial class GovernanceTelemetryChatClient
{
    /// <summary>The pseudonym key used when none is configured: random, one per process.</summary>
    private static readonly Lazy<byte[]> GeneratedPseudonymKey = new(static () => RandomNumberGenerator.GetBytes(32));

    private PseudonymKey? _pseudonymKey;

    /// <summary>Gets the key of user-id pseudonyms: the configured one (its UTF-8 bytes), else the per-process generated one.</summary>
    internal byte[] PseudonymKeyFor(AuditOptions audit)
    {
        if (audit.PseudonymKey is not { } configured)
        {
            return GeneratedPseudonymKey.Value;
        }

        PseudonymKey? cache = Volatile.Read(ref _pseudonymKey);
        if (cache is null || !string.Equals(cache.Configured, configured, StringComparison.Ordinal))
        {
            cache = new PseudonymKey(configured, Encoding.UTF8.GetBytes(configured));
            Volatile.Write(ref _pseudonymKey, cache);
        }

        return cache.Key;
    }

    /// <summary>A configured pseudonym key and its bytes, remembered so that audit events do not re-encode it.</summary>
    private sealed record PseudonymKey(string Configured, byte[] Key);
}
