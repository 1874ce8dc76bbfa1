using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Governance.AI.Redaction;

/// <content>Context words: the words near a match that raise or lower its confidence.</content>
public sealed partial class RedactionEngine
{
    internal const int ContextBefore = 32;
    /// <summary>How far after a match its context words are read: far enough for a short gloss set off by a dash
    /// ("… — that's my cell"); the streaming redactor holds a number back as long.</summary>
    internal const int ContextAfter = 20;
    private const double NegativeContextPenalty = 0.4;

    /// <summary>How far apart two members of a list of phones may stand.</summary>
    private const int ListGap = 40;

    /// <summary>Matches at or above this confidence are not looked at for context words.</summary>
    private const double CertainConfidence = 0.9;

    /// <summary>How far before a dotted quad <see cref="SectionWords"/> are looked for: the word right in front.</summary>
    private const int SectionWordWindow = 12;

    private static readonly FrozenDictionary<string, string[]> BuiltInContextWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [RedactionEntityTypes.CreditCard] = ["card", "credit", "debit", "visa", "mastercard", "amex", "american express", "discover", "diners", "jcb", "maestro", "unionpay", "cc", "payment", "pan"],
        [RedactionEntityTypes.UsSsn] = ["ssn", "social security", "social-security", "social sec", "social no", "social #", "social:", "social is", "my social", "his social", "her social", "your social",
            "the social you", "the social we", "the social they", "the social he", "the social she", "the social on",
            "s.s.n", "soc. sec", "soc sec", "ss#", "taxpayer", "sozialversicherung", "sécurité sociale", "securite sociale", "seguro social", "seguridad social", "previdenza sociale", "segurança social"],
        [RedactionEntityTypes.Phone] = ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "sms", "text", "whatsapp", "voicemail", "voice mail", "reach", "dial", "tél", "telefono", "ring", "landline", "office on", "switchboard", "mob", "freephone", "hotline", "helpline",
            "my number", "your number", "new number is", "new number:", "best number is", "best number to", "best number:", "callback number", "call-back number",
            "direct number", "home number", "alternate number", "alt number",
            "anruf", "rufen", "erreich", "handy", "rückruf", "appel", "portable", "joindre", "llam", "llám", "móvil", "movil", "teléf", "chiam", "contatt", "cellulare", "ligue", "ligar", "contat", "celular", "cel.", "cel:", "cel ", "тел", "звон", "моб", "手机", "电话", "電話", "携帯", "휴대폰", "전화"],
        // Each country's name for its number, and the generic "national id", "identity number", "tax id" in the languages claimed;
        // not the social-security words of the US SSN ("ssn", "social security", "sécurité sociale", "taxpayer"…): nine digits
        // near them are a US SSN.
        [RedactionEntityTypes.NationalId] = ["national id", "national identi", "national insurance", "nino", "ni number", "ni no", "identity number", "identity no", "identity card",
            "id number", "id no", "id card", "id-nr", "personal number", "personal identi", "tax id", "tax identi",
            "steuer-id", "steuerid", "steuer-idnr", "steuerliche id", "identifikationsnummer", "idnr", "personalausweis", "ausweis",
            "nir", "insee", "numéro national", "registre national", "numéro de registre", "rijksregister", "insz",
            "dni", "nie", "nif", "documento nacional", "documento de identidad", "codice fiscale", "cod. fisc", "c.f.", "cf:", "tessera sanitaria",
            "bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "pesel", "personnummer", "personnr", "samordningsnummer", "fødselsnummer", "fodselsnummer",
            "d-nummer", "cpr", "henkilötunnus", "henkilotunnus", "hetu", "personbeteckning", "contribuinte", "cartão de cidadão", "cartao de cidadao",
            "tc kimlik", "t.c. kimlik", "kimlik", "tckn", "tc no", "tc:", "tc ", "t.c.", "cpf", "cadastro de pessoa", "rg ", "aadhaar", "aadhar", "uidai",
            "sa id", "south african id", "rrn", "resident registration", "주민등록", "주민번호", "resident id", "身份证", "身份證", "curp", "clave única", "clave unica",
            "rodné číslo", "rodne cislo", "rodného čísla", "rodné č", "r.č.", "rut ", "rut:", "r.u.t", "rol único", "rol unico", "cuit", "cuil", "cédula", "cedula",
            "sin ", "sin:", "sin#", "s.i.n", "social insurance", "assurance sociale", "teudat zehut", "תעודת זהות", "ת.ז", "taj ", "taj:", "taj-", "taj szám",
            "svnr", "sv-nummer", "sozialversicherungsnummer", "versicherungsnummer", "ahv", "avs ", "avs:", "avs-", "cnp", "cod numeric personal", "amka", "αμκα",
            "ppsn", "pps number", "pps no", "personal public service", "my number", "マイナンバー", "個人番号", "nric", "fin ", "fin:", "mykad", "ic no", "ic number", "kad pengenalan", "no. k/p",
            "national identification", "nin ", "nin:", "الرقم القومي", "رقم قومي", "आधार"],
        [RedactionEntityTypes.Iban] = ["iban", "account", "bank", "transfer", "wire", "sepa"],
        [RedactionEntityTypes.IPAddress] = ["ip", "address", "host", "server", "client", "ipv4", "ipv6", "subnet", "gateway"],
        [RedactionEntityTypes.Email] = ["email", "e-mail", "mail"],
        [RedactionEntityTypes.AwsSecretKey] = ["aws", "secret", "akia", "asia", "credential"],
        [RedactionEntityTypes.AzureKey] = ["key", "secret", "token", "subscription", "apim", "ocp", "azure", "cognitive", "openai", "speech", "translator", "endpoint", "credential", "password", "rotat", "revok", "leak", "expos", "api", "auth", "bearer", "header",
            "account_sid", "accountsid", "account sid", "twilio", "client(",
            // "Key" in the languages the credential names claim, and providers whose keys are 32 hex digits without a prefix
            // ("Datadog-nøglen …", "la clé Mailgun …").
            "schlüssel", "schluessel", "sleutel", "nyckel", "nøgle", "nøkkel", "avain", "kulcs", "anahtar", "klíč", "kľúč", "klucz", "cheie", "clé", "clef",
            "clave", "llave", "chiave", "chave", "ключ", "κλειδί", "密钥", "秘钥", "キー", "키",
            "datadog", "new relic", "newrelic", "sendgrid", "mailgun", "algolia", "mixpanel", "amplitude", "bugsnag", "rollbar", "honeycomb", "pagerduty", "postmark", "mapbox", "pusher"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that, before 32 hex digits, say they are a hash or an id rather than a key.</summary>
    private static readonly ContextMatcher DigestWords = new(["md5", "hash", "checksum", "digest", "sha", "etag", "uuid", "guid", "fingerprint", "trace", "correlation", "request id", "session id", "transaction id", "object id"]);

    /// <summary>Sentence ends (a full stop in a list gap ends a sentence: the gap holds no number, so it is no decimal point).</summary>
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

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
        if (!TryGetContextWords(m.EntityType, out ContextMatcher? words) && !dottedQuad)
        {
            return m.Confidence;
        }

        ReadOnlySpan<char> before = WindowBefore(text, m.Start, ContextBefore);
        ReadOnlySpan<char> after = text[m.End..Math.Min(text.Length, m.End + ContextAfter)];

        // A dotted quad right after "version", "build"… is a version number, after "section", "§"… a section number,
        // whatever else is nearby.
        // An address word or "on"/"at" right in front keeps it an address ("upgrade the host 10.0.0.5", "install on …").
        if (dottedQuad && (IsVersionWordFor(text, m.Start) || SectionWords.Matches(WindowBefore(text, m.Start, SectionWordWindow)) || IsComparedWithVersion(text, m.Start)) &&
            !(words is not null && words.Matches(WindowBefore(text, m.Start, SectionWordWindow))) && !AddressPrepositions.Matches(WindowBefore(text, m.Start, 4)))
        {
            return m.Confidence - NegativeContextPenalty;
        }

        // A hash, or a value directly labelled an id ("the database id is …"), is no key whatever else the sentence holds.
        if (m.EntityType == RedactionEntityTypes.AzureKey && (DigestWords.Matches(before) || IdentifierLabel.IsIdDirectlyBefore(text, m.Start)))
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
        // 4411, at 555-0132") say nothing about it; and no reference number starts with a "+", except a part number
        // ("the part number +6 877 591 671": an article's label says what the "+" does not).
        bool typeWordNearby = words is not null && (words.Matches(before) || words.Matches(after) || words.Matches(PreviousTurn(text, m)));
        // A national id's check already speaks for it: its own word nearby outweighs such a label.
        if (m.EntityType is RedactionEntityTypes.Phone or RedactionEntityTypes.UsSsn or RedactionEntityTypes.NationalId &&
            (text[m.Start] != '+' ? IdentifierLabel.IsDirectlyBefore(text, m.Start, out bool yields) : IdentifierLabel.IsArticleDirectlyBefore(text, m.Start, out yields)) &&
            !((yields || m.EntityType == RedactionEntityTypes.NationalId) && typeWordNearby))
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

    /// <summary>The context words of a type: by reference among the known types, else by the type's name.</summary>
    private bool TryGetContextWords(string entityType, [NotNullWhen(true)] out ContextMatcher? words)
    {
        string[] types = _contextTypes;
        for (int k = 0; k < types.Length; k++)
        {
            if (ReferenceEquals(types[k], entityType))
            {
                words = _contextMatchers[k];
                return true;
            }
        }

        return _contextWords.TryGetValue(entityType, out words);
    }

    /// <summary>A phone-shaped number in a list with a phone ("Helsinki: 040 015 0198, Copenhagen: 21 33 26 00", "call
    /// 011 15-8799-1303 or 21 33 26 00") is a phone too: the list's phone word speaks for every member. A member is next
    /// to a phone when no other number, no sentence end and at most one line break stand between them, within
    /// <see cref="ListGap"/> characters. The same holds for SSNs ("accepts 219-09-9999 but not 219099999": the compact
    /// form, which alone needs an SSN word, is read as the SSN next to it). Candidates are in text order; a member raised here speaks for the next one.</summary>
    private void JoinLists(ReadOnlySpan<char> text, List<RedactionMatch> candidates, string type)
    {
        double min = _options.MinimumConfidence;

        // The list's own storage: its length does not change here, and a member is read in place, not copied out.
        Span<RedactionMatch> all = CollectionsMarshal.AsSpan(candidates);
        for (int pass = 0; pass < 2; pass++)
        {
            int previous = -1;
            for (int i = 0; i < all.Length; i++)
            {
                int k = pass == 0 ? i : all.Length - 1 - i;
                ref RedactionMatch m = ref all[k];

                // Other types, and another reading of the previous member's digits, neither join nor break a list.
                if (m.EntityType != type ||
                    (previous >= 0 && m.Start < all[previous].End && all[previous].Start < m.End))
                {
                    continue;
                }

                // "Dial-in: +1 (929) 555-0145 (meeting ID 614 220 9187)": a labelled code or reference number is no member.
                if (m.Confidence < min && m.Confidence + _options.ContextBoost >= min && previous >= 0 && !IsLabelledReference(text, m.Start) &&
                    IsListGap(pass == 0 ? text[all[previous].End..Math.Max(all[previous].End, m.Start)] : text[m.End..Math.Max(m.End, all[previous].Start)]))
                {
                    m = m with { Confidence = m.Confidence + _options.ContextBoost };
                }

                previous = m.Confidence >= min ? k : -1;
            }
        }
    }

    /// <summary>Whether a code, PIN, meeting id or reference-number label stands right before the number at <paramref name="start"/>.</summary>
    private static bool IsLabelledReference(ReadOnlySpan<char> text, int start) =>
        IdentifierLabel.IsCodeDirectlyBefore(text, start) || IdentifierLabel.IsDirectlyBefore(text, start, out _);

    /// <summary>What may stand between two members of a list of numbers: no digit, no sentence end, at most one line break.</summary>
    internal static bool IsListGap(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty || gap.Length > ListGap || gap.IndexOfAnyInRange('0', '9') >= 0 || gap.IndexOfAny(SentenceEnds) >= 0)
        {
            return false;
        }

        int lineBreak = gap.IndexOf('\n');
        return lineBreak < 0 || gap[(lineBreak + 1)..].IndexOf('\n') < 0;
    }

    /// <summary>The longest speaker label before a reply ("Customer:", "Agent 2:").</summary>
    private const int MaxSpeakerLabel = 24;

    /// <summary>How much of the previous line a reply's question is looked for in.</summary>
    private const int PreviousTurnWindow = 96;

    /// <summary>When the match is a whole reply, alone on its line after at most a speaker label ("Agent: Please confirm
    /// the social you used.\nCustomer: 107931626"), the end of the line before it: the question it answers says what
    /// the value is. Otherwise empty.</summary>
    private static ReadOnlySpan<char> PreviousTurn(ReadOnlySpan<char> text, RedactionMatch m)
    {
        // The line break at most MaxSpeakerLabel + 1 characters before the match, found by one vectorized search (most
        // matches stand in running text, with no line break that close).
        int from = Math.Max(0, m.Start - MaxSpeakerLabel - 2);
        int lineBreak = text[from..m.Start].LastIndexOf('\n');
        int lineStart = from + lineBreak + 1;
        if (lineBreak < 0 || !IsSpeakerLabel(text[lineStart..m.Start]))
        {
            return [];
        }

        int after = m.End;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r' or '.')
        {
            after++;
        }

        if (after < text.Length && text[after] != '\n')
        {
            return [];
        }

        int previousEnd = lineStart - 1;
        if (previousEnd > 0 && text[previousEnd - 1] == '\r')
        {
            previousEnd--;
        }

        int previousStart = previousEnd;
        while (previousStart > 0 && previousEnd - previousStart < PreviousTurnWindow && text[previousStart - 1] != '\n')
        {
            previousStart--;
        }

        return WindowBefore(text, previousEnd, previousEnd - previousStart);
    }

    /// <summary>Whether what stands before a reply on its line is empty or a speaker's name and a colon ("Customer: ",
    /// "[09:51] Anna: " is not: a time stamp makes it a log line, not a turn).</summary>
    private static bool IsSpeakerLabel(ReadOnlySpan<char> prefix)
    {
        ReadOnlySpan<char> label = prefix.Trim();
        if (label.IsEmpty)
        {
            return true;
        }

        if (label[^1] != ':')
        {
            return false;
        }

        foreach (char c in label[..^1])
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '-' or '\''))
            {
                return false;
            }
        }

        return label.Length > 1;
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
