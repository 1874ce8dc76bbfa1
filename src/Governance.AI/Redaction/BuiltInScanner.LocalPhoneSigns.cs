namespace Governance.AI.Redaction;

/// <summary>Issue #17, round 31: what after a local number (no area code, no country code) says it is a phone: a written
/// extension ("6123 4410 ext 2", "48 46 57 poste 12") or a phone noun later in its clause ("the old 6123 4400 number is now
/// a fax", "4846 5700 is the hotline").</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far after a local number a phone noun may stand in its clause: the context the streaming redactor
    /// holds back after a number.</summary>
    private const int PhoneNounAfterWindow = RedactionEngine.ContextAfter;

    /// <summary>Extension markers that are words: "x" and "#" also join dimensions and references ("48 x 2", "#3").</summary>
    private static readonly string[] WordExtensionMarkers = ["extension", "durchwahl", "toestel", "interno", "ramal", "poste", "ext.", "ext"];

    /// <summary>Nouns that name a phone line (not verbs: "… called back" says nothing about the number before it).</summary>
    private static readonly ContextMatcher PhoneNounsAfter = new(
    [
        "fax", "phone", "hotline", "helpline", "switchboard", "landline", "voicemail", "telefon", "telefoon", "teléfono", "telefono",
        "téléphone", "telefone", "telefax", "numéro de fax", "linea telefonica", "línea telefónica",
    ]);

    /// <summary>Whether a local number that ends at <paramref name="e"/> is followed by a written extension and its digits.</summary>
    private static bool HasWordExtension(ReadOnlySpan<char> text, int e)
    {
        int p = e < text.Length && text[e] == ' ' ? e + 1 : e;
        foreach (string marker in WordExtensionMarkers)
        {
            if (text[p..].StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return SkipExtension(text, e) > e;
            }
        }

        return false;
    }

    /// <summary>Whether a phone noun stands in the clause after <paramref name="e"/>, within <see cref="PhoneNounAfterWindow"/>
    /// characters and before any digit, comma, semicolon, bracket, line or sentence end.</summary>
    private static bool HasPhoneNounAfter(ReadOnlySpan<char> text, int e)
    {
        int end = e;
        while (end < text.Length && end - e < PhoneNounAfterWindow && !IsDigit(text[end]) &&
            text[end] is not (',' or ';' or '(' or ')' or '\n' or '\r' or '!' or '?' or '.' or ':'))
        {
            end++;
        }

        return PhoneNounsAfter.Matches(text[e..end]);
    }
}
