using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>Key names the credential anchors cannot find or the last-part rule cannot judge: a personal access token's
/// "_PAT" and a WPA pre-shared key's "psk" (found at the scanner's <c>_</c> and <c>:</c> triggers: every extra anchor
/// slows the anchor search over all text), password words with a non-ASCII letter, SQL's "IDENTIFIED BY" and German and
/// Dutch compounds of "key".</summary>
internal static partial class BuiltInScanner
{
    /// <summary>Password words the ASCII anchors cannot find: Swedish "lösenord", Polish "hasło", Russian "пароль". One
    /// vectorized search for their distinctive letters keeps clean prose fast (ASCII anchors such as "senord", "haslo" or
    /// "code=" measured +28 % instructions per clean megabyte: their first letters are common in English).</summary>
    private static void ScanNonAsciiPasswordNames(ReadOnlySpan<char> text, List<RedactionMatch> output)
    {
        int p = 0;
        while (p < text.Length)
        {
            int rel = text[p..].IndexOfAny(NonAsciiPasswordLetters);
            if (rel < 0)
            {
                return;
            }

            int k = p + rel;
            int start = text[k] switch
            {
                'ł' or 'Ł' => k - 3,
                'ö' or 'Ö' => k - 1,
                _ => k,
            };
            ReadOnlySpan<char> word = start >= 0 ? text[start..] : [];
            if ((word.StartsWith("hasł", StringComparison.OrdinalIgnoreCase) || word.StartsWith("lösenord", StringComparison.OrdinalIgnoreCase) ||
                 word.StartsWith("пароль", StringComparison.OrdinalIgnoreCase)) &&
                TryKeyedCredential(text, start, out RedactionMatch m, out _))
            {
                output.Add(m);
                p = m.End;
            }
            else
            {
                p = k + 1;
            }
        }
    }

    private static readonly SearchValues<char> NonAsciiPasswordLetters = SearchValues.Create("łŁпПöÖ");

    /// <summary>At a <c>_</c>: a name that ends in "_PAT" or "_PSK" ("AZURE_DEVOPS_EXT_PAT=…", "wpa_psk=…") and its value.</summary>
    private static bool TryUnderscoreSuffixCredential(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int e = i + 4;
        return e <= text.Length && (text.Slice(i + 1, 3).Equals("pat", StringComparison.OrdinalIgnoreCase) || text.Slice(i + 1, 3).Equals("psk", StringComparison.OrdinalIgnoreCase)) &&
            (e == text.Length || !IsKeyNameChar(text[e])) && TryKeyedCredential(text, i + 1, out m, out _);
    }

    /// <summary>At a <c>:</c>: a WPA pre-shared key's name right before it ("psk: …", "\"psk\": …").</summary>
    private static bool TryPskCredential(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int name = colon >= 4 && text[colon - 1] is '"' or '\'' ? colon - 4 : colon - 3;
        return name >= 0 && text.Slice(name, 3).Equals("psk", StringComparison.OrdinalIgnoreCase) && (name == 0 || !IsKeyNameChar(text[name - 1])) &&
            TryKeyedCredential(text, name, out m, out _);
    }

    /// <summary>Whether the line before "IDENTIFIED BY" creates or changes an account ("CREATE USER", "ALTER ROLE",
    /// "GRANT …"), so that "each row is identified by 'id'" in prose is not read as SQL.</summary>
    private static bool IsSqlAccountStatement(ReadOnlySpan<char> before)
    {
        int lineStart = before.LastIndexOfAny('\n', '\r') + 1;
        ReadOnlySpan<char> line = before[Math.Max(lineStart, before.Length - 160)..];
        foreach (string statement in (ReadOnlySpan<string>)["create user", "alter user", "create role", "alter role", "create login", "alter login", "grant "])
        {
            if (line.Contains(statement, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a one-word name is a German or Dutch compound of "key" whose head says it is a credential.</summary>
    private static bool IsCompoundKeyName(ReadOnlySpan<char> name)
    {
        foreach (string key in (ReadOnlySpan<string>)["schlüssel", "schluessel", "sleutel"])
        {
            if (name.Length > key.Length && name.EndsWith(key, StringComparison.OrdinalIgnoreCase) &&
                IsAnyOf(name[..^key.Length], "zugangs", "zugriffs", "lizenz", "produkt", "sitzungs", "signatur", "signier", "verschlüsselungs", "konto", "dienst", "master",
                    "toegangs", "licentie", "sessie", "handtekening", "versleutelings", "product"))
            {
                return true;
            }
        }

        return false;
    }
}
