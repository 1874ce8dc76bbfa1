using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

/// <summary>What the recognizer round tests ask of the default engine: every value it finds, with its type, whether a
/// given value lies inside one of its matches, and that no credential is found.</summary>
internal static class RecognizerProbe
{
    internal static readonly RedactionEngine Engine = new(new RedactionOptions());

    internal static (string Type, string Value)[] Find(string text) =>
        [.. Engine.Analyze(text).Select(m => (m.EntityType, text.Substring(m.Start, m.Length)))];

    internal static bool Redacts(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return Engine.Analyze(text).Any(m => m.Start <= start && start + value.Length <= m.Start + m.Length);
    }

    /// <summary>Asserts that the engine finds no password and no other credential in <paramref name="text"/> (the near
    /// misses of the credential rounds: prose that uses a credential's word without a value).</summary>
    internal static void AssertNoPasswordOrCredential(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.Password or RedactionEntityTypes.Credential);
}
