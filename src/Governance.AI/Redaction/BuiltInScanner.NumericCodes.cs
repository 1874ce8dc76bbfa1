using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>A numeric code that opens something, named as such (round 24): "the alarm code is 8812", "gate code: 4471",
/// "my PIN is 90210", "Der Alarmcode lautet …", "le digicode est …", "el código de la alarma es …", "kod do drzwi to …",
/// "portkoden är …". Read at the first digit of a run the main scan found no other value in (its digit trigger): 4–8
/// digits standing alone, then the words before them.</summary>
internal static partial class BuiltInScanner
{
    private const int MinNumericCode = 4;
    private const int MaxNumericCode = 8;

    /// <summary>What a code opens or arms ("alarm code", "door code", "code de la porte", "código do portão").</summary>
    private static readonly string[] CodeObjects =
    [
        "alarm", "door", "gate", "garage", "safe", "lock", "keypad", "entry", "lockbox", "key", "padlock", "tür",
        "alarme", "alarma", "allarme", "porte", "portail", "puerta", "portón", "porta", "portão", "portone", "cancello", "coffre", "cofre", "caja", "cassaforte",
        "alarmu", "drzwi", "bramy", "sejfu", "domofonu", "alarmanlage", "haustür", "tor", "larmet", "porten", "dörren",
    ];

    /// <summary>Code words, the noun of "alarm code" in each language, and one-word compounds that name an opening code
    /// (de, nl, sv, fr).</summary>
    private static readonly string[] CodeWords = ["code", "codes", "código", "codigo", "codice", "kod", "kodu", "kody"];

    private static readonly string[] CodeCompounds =
    [
        "alarmcode", "türcode", "tuercode", "torcode", "tresorcode", "garagencode", "deurcode", "poortcode", "kluiscode", "pincode",
        "larmkod", "larmkoden", "portkod", "portkoden", "dörrkod", "dörrkoden", "pinkod", "pinkoden", "digicode", "pin-code", "pin-kod",
    ];

    /// <summary>Whether <paramref name="word"/> links a code's name to its digits ("is", "was", "now", "ist", "war",
    /// "lautet", "est", "c'est", "es", "era", "è", "é", "är", "var", "er", "jest", "to"): by length first, as nearly every
    /// word before a number in prose ("in", "of", "from") is none.</summary>
    private static bool IsCodeLink(ReadOnlySpan<char> word) => word.Length switch
    {
        1 => word[0] is 'è' or 'é',
        2 => IsAnyOf(word, "is", "es", "er", "to", "är"),
        3 => IsAnyOf(word, "was", "ist", "war", "est", "era", "var", "now"),
        4 => IsAnyOf(word, "jest"),
        5 => IsAnyOf(word, "c'est"),
        6 => IsAnyOf(word, "lautet"),
        _ => false,
    };

    /// <summary>Every word an opening code's name can end with: "PIN", the compounds, the code words and what a code opens.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeEndWords =
        FrozenSet.ToFrozenSet([.. CodeCompounds, .. CodeWords, .. CodeObjects, "pin"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Articles and prepositions inside a Romance or Polish name ("código de la alarma", "code de l'alarme",
    /// "codice dell'allarme", "kod do drzwi").</summary>
    private static readonly string[] CodeLinkers =
    [
        "de", "la", "del", "al", "du", "do", "da", "dos", "das", "della", "dello", "dell", "l", "d", "of", "the", "to", "for", "pour", "para", "per",
        "van", "het", "für", "die", "der", "den", "zur", "vom", "dla", "till", "för", "front", "back", "main", "side",
    ];

    /// <summary>At the first digit of a run at <paramref name="i"/>: 4–8 digits, alone (no other digit, decimal, letter or
    /// dash joined to them), named as an opening code. A year (1900–2099) and one digit repeated never count; without a
    /// linking word or a colon the number must end its clause ("alarm code 2105 raised" stays).</summary>
    private static bool TryNumericCode(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (i < 2 || text[i - 1] is not (' ' or ':' or '\t'))
        {
            return false;
        }

        // Years (1900–2099) are most of the numbers prose has: they leave here, before any word is read (a code that looks
        // like a year is not found).
        int e = SkipDigits(text, i);
        if (e - i is < MinNumericCode or > MaxNumericCode || IsYearLike(text[i..e]) ||
            (e < n && (char.IsLetterOrDigit(text[e]) || text[e] is '-' or '_' or '/' or '%' or '€' or '$' || (text[e] is '.' or ',' && e + 1 < n && IsDigit(text[e + 1])))))
        {
            return false;
        }

        // Back over a linking word or two ("is", "is now", "lautet jetzt"), then a colon, an equals sign and spaces.
        bool linked = false;
        int b = i;
        for (int w = 0; w < 2 && IsCodeLink(ProseWordBefore(text, b, out int linkStart)); w++)
        {
            linked = true;
            b = linkStart;
        }

        int sep = b;
        while (b > 0 && sep - b < 4 && text[b - 1] is ' ' or ':' or '=' or '\t')
        {
            linked |= text[b - 1] is ':' or '=';
            b--;
        }

        ReadOnlySpan<char> digits = text[i..e];
        if (digits.Count(digits[0]) == digits.Length || (!linked && !EndsCodeClause(text, e)))
        {
            return false;
        }

        ReadOnlySpan<char> word = CodeWordBefore(text, b, out int wordStart);
        int dash = word.LastIndexOf('-');
        if (word.Length < 3 || !CodeEndWords.Contains(dash < 0 ? word : word[(dash + 1)..]) || !IsNamedCode(text, word, wordStart))
        {
            return false;
        }

        // A conference call's PIN or code, given with its dial-in or access code ("Einwahlcode …, PIN …", "code de
        // conférence …, code PIN …"), is part of an invitation, as the project's earlier sets label it.
        if (IsConferenceLine(text, wordStart, e))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, i, e, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>Words of a conference call's invitation (dial-in, access code, meeting, bridge…; en, de, fr, es, it, nl).</summary>
    private static readonly string[] ConferenceWords =
    [
        "dial", "einwahl", "conferen", "conférence", "konferenz", "meeting", "webinar", "bridge", "access code", "zugangscode",
        "participant", "teilnehmer", "call-in", "riunione", "reunión", "vergadering", "code d'accès", "código de acceso",
    ];

    /// <summary>Whether a conference word stands on the line of a PIN, within 100 characters before it or 60 after.</summary>
    private static bool IsConferenceLine(ReadOnlySpan<char> text, int start, int end)
    {
        int from = Math.Max(0, start - 100);
        int lineStart = text[from..start].LastIndexOfAny('\n', '\r');
        from = lineStart < 0 ? from : from + lineStart + 1;
        int to = Math.Min(text.Length, end + 60);
        int lineEnd = text[end..to].IndexOfAny('\n', '\r');
        to = lineEnd < 0 ? to : end + lineEnd;
        ReadOnlySpan<char> line = text[from..to];
        foreach (string w in ConferenceWords)
        {
            if (line.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearLike(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && ((digits[0] == '1' && digits[1] == '9') || (digits[0] == '2' && digits[1] == '0'));

    /// <summary>Whether a code named without a linking word ends its clause at <paramref name="e"/>: the text's end, a
    /// comma, a full stop, a bracket or a line, or "and"/"und"/"et"/"y"/"e"/"och"/"i"/"en" ("Gate code 4471, door code …",
    /// "alarm code 8812 and the wifi …"). A machine's "alarm code 2105: overheating" or "error … code 2105 raised" goes on.</summary>
    private static bool EndsCodeClause(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length || text[e] is ',' or '.' or ';' or '!' or '?' or ')' or '\n' or '\r')
        {
            return true;
        }

        if (text[e] != ' ')
        {
            return false;
        }

        int w = e + 1;
        int we = w;
        while (we < text.Length && we - w < 4 && char.IsLetter(text[we]))
        {
            we++;
        }

        return we < text.Length && text[we] == ' ' && IsAnyOf(text[w..we], "and", "und", "et", "y", "e", "och", "i", "en", "or");
    }

    /// <summary>The word before <paramref name="end"/> across spaces, with inner dashes ("PIN-Code", "Tor-Code").</summary>
    private static ReadOnlySpan<char> CodeWordBefore(ReadOnlySpan<char> text, int end, out int start)
    {
        start = end;
        while (start > 0 && end - start < 24 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>Whether <paramref name="word"/> (starting at <paramref name="wordStart"/>) ends the name of an opening code:
    /// "PIN" in capitals (lower-case "pin" is as often a connector's), a compound ("Alarmcode", "PIN-Code", "digicode"), a
    /// code word after what it opens ("alarm code", "gate code"), or what it opens after a code word and linkers
    /// ("código de la alarma", "kod do drzwi").</summary>
    private static bool IsNamedCode(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int wordStart)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.SequenceEqual("PIN") || IsAnyOf(word, CodeCompounds) || EndsWithAny(word, "-code", "-kod") && IsAnyOf(word[..word.LastIndexOf('-')], CodeObjects))
        {
            return true;
        }

        if (IsAnyOf(word, CodeWords))
        {
            ReadOnlySpan<char> before = ProseWordBefore(text, wordStart, out _);
            return IsAnyOf(before, CodeObjects) || before.SequenceEqual("PIN");
        }

        if (!IsAnyOf(word, CodeObjects))
        {
            return false;
        }

        // "código de la alarma", "code de l'alarme", "kod do drzwi": linkers back to a code word.
        int b = wordStart;
        for (int w = 0; w < 4; w++)
        {
            int gap = b;
            while (b > 0 && gap - b < 3 && text[b - 1] is ' ' or '\'' or '’')
            {
                b--;
            }

            ReadOnlySpan<char> previous = b < gap ? CodeWordBefore(text, b, out b) : [];
            if (IsAnyOf(previous, CodeWords))
            {
                return true;
            }

            if (!IsAnyOf(previous, CodeLinkers))
            {
                return false;
            }
        }

        return false;
    }
}
