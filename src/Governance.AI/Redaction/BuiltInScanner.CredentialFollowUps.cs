namespace Governance.AI.Redaction;

/// <summary>Credentials prose names by reference (round 24): a hex key named by the kind of key it is ("Datadog app key
/// 9b2e…"), a second password named by "one" or "other" after the first ("… and the redis one is …"), a password the
/// writer says they believe it was ("…, but I think it was …", "…, men jag tror det var …").</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The shortest and longest hex key read after a bare space or a linking word (128 to 256 bits).</summary>
    private const int MinNamedHexKey = 32;
    private const int MaxNamedHexKey = 64;

    /// <summary>Kinds of key whose hex value is a secret (an API's, an application's, an account's…); not "signing",
    /// "deploy", "public", "GPG" or "host" keys, whose hex forms are fingerprints and ids.</summary>
    private static readonly string[] SecretHexKeyKinds =
    [
        "api", "app", "application", "access", "secret", "private", "client", "admin", "master", "ingest", "integration",
        "service", "account", "encryption", "session", "license", "subscription", "webhook", "developer", "personal",
    ];

    /// <summary>Whether <paramref name="value"/> is a hex key of 32–64 digits of one case, with a digit, and the key name
    /// (<c>key</c> after a kind of <see cref="SecretHexKeyKinds"/>, or a compound such as <c>apiKey</c>) says a secret's
    /// kind of key. After a bare space or "is" the value must otherwise look very random, which lower-case hex does not.</summary>
    private static bool IsNamedHexKey(ReadOnlySpan<char> name, ReadOnlySpan<char> before, ReadOnlySpan<char> value)
    {
        if (value.Length is < MinNamedHexKey or > MaxNamedHexKey || !IsSingleCaseHexWithLetter(value) || value.IndexOfAnyInRange('0', '9') < 0 ||
            HasFillerRun(value))
        {
            return false;
        }

        ReadOnlySpan<char> last = LastNamePart(name);
        if (!last.Equals("key", StringComparison.OrdinalIgnoreCase))
        {
            return EndsWithAny(last, "apikey", "secretkey", "accesskey");
        }

        ReadOnlySpan<char> kind = last.Length == name.Length ? PreviousWord(before) : LastNamePart(name[..(name.Length - last.Length)].TrimEnd("_-."));
        return IsAnyOf(kind, SecretHexKeyKinds);
    }

    /// <summary>"other" in the languages the password words cover: "the other one is …", "l'autre est …", "la otra es …",
    /// "das andere ist …", "de andere is …", "den andra är …".</summary>
    private static readonly string[] OtherWords =
    [
        "other", "andere", "anderen", "autre", "l'autre", "l’autre", "otro", "otra", "altro", "altra", "l'altro", "l'altra", "l’altro", "l’altra",
        "outro", "outra", "andra", "andre", "inny", "drugie", "drugi",
    ];

    /// <summary>Verbs of belief before a value the writer remembers: "I think it was …", "jag tror det var …", "ich glaube, es
    /// war …", "je crois que c'était …", "creo que era …", "credo fosse …", "acho que era …", "ik denk dat …".</summary>
    private static readonly string[] BeliefVerbs =
    [
        "think", "believe", "guess", "tror", "glaube", "denke", "crois", "pense", "creo", "credo", "penso", "acho", "denk", "geloof", "chyba", "myślę",
    ];

    /// <summary>Whether <paramref name="word"/> refers back to a password or says the value is remembered: "one" after "the"
    /// or "other" ("the redis one is …", "the other one: …"), an "other" word, or a verb of belief.</summary>
    private static bool IsReferenceCue(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious) =>
        (word.Equals("one", StringComparison.OrdinalIgnoreCase) &&
         (IsAnyOf(previous, "the", "other", "second") || beforePrevious.Equals("the", StringComparison.OrdinalIgnoreCase))) ||
        IsAnyOf(word, OtherWords) || IsAnyOf(word, BeliefVerbs);
}
