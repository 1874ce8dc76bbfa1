using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <content>Context words: the words near a match that raise or lower its confidence.</content>
public sealed partial class RedactionEngine
{
    internal const int ContextBefore = 32;
    internal const int ContextAfter = 16;
    private const double NegativeContextPenalty = 0.4;

    /// <summary>Matches at or above this confidence are not looked at for context words.</summary>
    private const double CertainConfidence = 0.9;

    /// <summary>How far before a dotted quad <see cref="SectionWords"/> are looked for: the word right in front.</summary>
    private const int SectionWordWindow = 12;

    private static readonly FrozenDictionary<string, string[]> BuiltInContextWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [RedactionEntityTypes.CreditCard] = ["card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "diners", "jcb", "maestro", "unionpay", "cc", "payment", "pan"],
        [RedactionEntityTypes.UsSsn] = ["ssn", "social security", "social-security", "social sec", "social no", "social #", "social:", "social is", "my social", "his social", "her social", "your social",
            "s.s.n", "soc. sec", "soc sec", "ss#", "taxpayer", "sozialversicherung", "sécurité sociale", "securite sociale", "seguro social", "seguridad social", "previdenza sociale", "segurança social"],
        [RedactionEntityTypes.Phone] = ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "sms", "text", "whatsapp", "voicemail", "voice mail", "reach", "dial", "tél", "telefono", "ring", "landline", "office on", "switchboard", "mob", "freephone", "hotline", "helpline",
            "anruf", "rufen", "erreich", "handy", "rückruf", "appel", "portable", "joindre", "llam", "llám", "móvil", "movil", "teléf", "chiam", "contatt", "cellulare", "ligue", "ligar", "contat", "celular", "cel.", "cel:", "cel ", "тел", "звон", "моб", "手机", "电话", "電話", "携帯", "휴대폰", "전화"],
        [RedactionEntityTypes.Iban] = ["iban", "account", "bank", "transfer", "wire", "sepa"],
        [RedactionEntityTypes.IPAddress] = ["ip", "address", "host", "server", "client", "ipv4", "ipv6", "subnet", "gateway"],
        [RedactionEntityTypes.Email] = ["email", "e-mail", "mail"],
        [RedactionEntityTypes.AwsSecretKey] = ["aws", "secret", "akia", "asia", "credential"],
        [RedactionEntityTypes.AzureKey] = ["key", "secret", "token", "subscription", "apim", "ocp", "azure", "cognitive", "openai", "speech", "translator", "endpoint", "credential", "password", "rotate", "revoke", "leak", "expose", "api", "auth", "bearer", "header"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that, before 32 hex digits, say they are a hash or an id rather than a key.</summary>
    private static readonly ContextMatcher DigestWords = new(["md5", "hash", "checksum", "digest", "sha", "etag", "uuid", "guid", "fingerprint", "trace", "correlation", "request id", "session id", "transaction id", "object id"]);

    /// <summary>Whole words that, within a few words before a dotted quad, say it is a version rather than an address
    /// (whole words, so "Verbindung von 10.0.0.1" stays an address).</summary>
    private static readonly ContextMatcher VersionWords = new(
        ["version", "versions", "ver", "versión", "versione", "versão", "versie", "build", "builds", "release", "released", "releases", "firmware", "update",
         "updated", "updates", "upgrade", "upgraded", "upgrades", "patch", "patched", "sdk", "package", "install", "installed", "bootloader", "bios", "kernel",
         "driver", "revision", "rev"],
        wholeWords: true);

    /// <summary>Whole words that, right before a dotted quad, say it numbers a part of a document ("section 4.2.1.3",
    /// "§ 3.1.2.4", "Abschnitt 3.1.4.2", "article 2.3.1.5") rather than an address; not "para" (Spanish and Portuguese
    /// "for") or "table" ("routing table 10.0.0.0/8").</summary>
    private static readonly ContextMatcher SectionWords = new(
        ["section", "sect", "sec", "clause", "chapter", "article", "paragraph", "item", "step", "figure", "fig", "appendix", "annex", "§", "nr",
         "abschnitt", "kapitel", "absatz", "artikel", "ziffer", "abbildung", "anhang", "chapitre", "paragraphe", "alinéa", "annexe",
         "sección", "apartado", "capítulo", "artículo", "anexo", "sezione", "capitolo", "articolo", "paragrafo", "allegato",
         "secção", "seção", "artigo", "hoofdstuk", "paragraaf", "bijlage"],
        wholeWords: true);

    /// <summary>Prepositions that, right before a dotted quad, place something at an address ("installed on 10.0.0.5").</summary>
    private static readonly ContextMatcher AddressPrepositions = new(["on", "at", "@"], wholeWords: true);

    private double AdjustForContext(ReadOnlySpan<char> text, RedactionMatch m)
    {
        if (m.Confidence >= CertainConfidence)
        {
            // Checksummed, structurally certain matches (e-mail, IBAN, secrets) need no context.
            return m.Confidence;
        }

        bool dottedQuad = m.EntityType == RedactionEntityTypes.IPAddress && !text.Slice(m.Start, m.Length).Contains(':');
        if (!_contextWords.TryGetValue(m.EntityType, out ContextMatcher? words) && !dottedQuad)
        {
            return m.Confidence;
        }

        ReadOnlySpan<char> before = WindowBefore(text, m.Start, ContextBefore);
        ReadOnlySpan<char> after = text[m.End..Math.Min(text.Length, m.End + ContextAfter)];

        // A dotted quad right after "version", "build"… is a version number, after "section", "§"… a section number,
        // whatever else is nearby.
        // An address word or "on"/"at" right in front keeps it an address ("upgrade the host 10.0.0.5", "install on …").
        if (dottedQuad && (VersionWords.Matches(WindowBefore(text, m.Start, 24)) || SectionWords.Matches(WindowBefore(text, m.Start, SectionWordWindow))) &&
            !(words is not null && words.Matches(WindowBefore(text, m.Start, SectionWordWindow))) && !AddressPrepositions.Matches(WindowBefore(text, m.Start, 4)))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        if (m.EntityType == RedactionEntityTypes.AzureKey && DigestWords.Matches(before))
        {
            return m.Confidence;
        }

        // "Dial-in code 4155550132", "PIN 555-0132": a code label right in front wins over a phone word nearby.
        if (m.EntityType == RedactionEntityTypes.Phone && IdentifierLabel.IsCodeDirectlyBefore(text, m.Start))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        // "Order 223-529-4760", "ticket #123-45-6789", "call me about order 5576 2299": a phone- or SSN-shaped number
        // right after a reference-number label is a reference number even with a phone word nearby; only a label that
        // ends a longer phrase with a colon ("SSN for the booking: …") yields to a word of the value's type. Only the
        // label right in front counts: the same words elsewhere in the sentence ("call me about my refund on ticket
        // 4411, at 555-0132") say nothing about it; and no reference number starts with a "+".
        bool typeWordNearby = words is not null && (words.Matches(before) || words.Matches(after));
        if (m.EntityType is RedactionEntityTypes.Phone or RedactionEntityTypes.UsSsn && text[m.Start] != '+' &&
            IdentifierLabel.IsDirectlyBefore(text, m.Start, out bool colon) && !(colon && typeWordNearby))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        // A context word counts near the value, as the header of its table column, or, for a phone, as "my number is".
        if (typeWordNearby || (words is not null && words.Matches(TableColumnHeader.CellAbove(text, m.Start))) ||
            (m.EntityType == RedactionEntityTypes.Phone && IdentifierLabel.IsPersonalNumberDirectlyBefore(text, m.Start)))
        {
            return m.Confidence + _options.ContextBoost;
        }

        return m.Confidence;
    }

    /// <summary>Up to <paramref name="length"/> characters before <paramref name="start"/>, starting at a word start, so
    /// that the tail of a cut word ("…ver" of "server") is not read as a word.</summary>
    private static ReadOnlySpan<char> WindowBefore(ReadOnlySpan<char> text, int start, int length)
    {
        int s = Math.Max(0, start - length);
        if (s > 0 && char.IsLetterOrDigit(text[s - 1]))
        {
            while (s < start && char.IsLetterOrDigit(text[s]))
            {
                s++;
            }
        }

        return text[s..start];
    }
}
