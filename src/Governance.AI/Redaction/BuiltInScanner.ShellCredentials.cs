namespace Governance.AI.Redaction;

/// <summary>Passwords that commands take as a positional argument or after a flag of their own, as their manuals document
/// them: <c>net user NAME PASS</c>, <c>htpasswd -b FILE USER PASS</c>, <c>echo PASS | sudo -S …</c>,
/// <c>echo 'user:PASS' | chpasswd</c>, <c>rabbitmqctl add_user USER PASS</c>, <c>sentinel auth-pass MASTER PASS</c>,
/// Cisco IOS <c>username … password 0 PASS</c>, <c>snmp-server community STRING</c>, <c>sqlplus user/PASS@db</c>,
/// <c>sqlcmd -P</c>, <c>zip -P</c>, <c>ldapsearch -w</c>, <c>smbclient -U user%PASS</c>, <c>plink -pw</c>,
/// <c>xfreerdp /p:</c>, <c>curl --user user:PASS</c> and the Wi-Fi QR code's <c>WIFI:…;P:PASS;;</c>. Each is read
/// only when its command (or its own directive) stands on the same line, so the flag letters keep their other
/// meanings elsewhere.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The text of the line that holds <paramref name="i"/>, from the line's start (at most
    /// <see cref="MaxCommandPrefix"/> characters back) to <paramref name="i"/>.</summary>
    private static ReadOnlySpan<char> LineBefore(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<char> before = text[Math.Max(0, i - MaxCommandPrefix)..i];
        return before[(before.LastIndexOfAny('\n', '\r') + 1)..];
    }

    /// <summary>Whether the line before <paramref name="i"/> names one of <paramref name="commands"/>.</summary>
    private static bool LineRuns(ReadOnlySpan<char> text, int i, params ReadOnlySpan<string> commands)
    {
        ReadOnlySpan<char> line = LineBefore(text, i);
        foreach (string command in commands)
        {
            if (line.Contains(command, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The command-line argument after <paramref name="p"/> on the same line: a quoted string without its
    /// quotes, or a run up to white space. False at the line's end or at a shell operator.</summary>
    private static bool TryNextArgument(ReadOnlySpan<char> text, int p, out int start, out int end)
    {
        // After a quoted argument, its closing quote.
        if (p < text.Length && text[p] is '"' or '\'')
        {
            p++;
        }

        start = SkipBlanks(text, p, 8);
        end = start;
        if (start >= text.Length || start == p || text[start] is '\n' or '\r' or '|' or '&' or ';' or '>' or '<' or '#')
        {
            return false;
        }

        if (text[start] is '"' or '\'')
        {
            return TryReadValue(text, start, false, false, out start, out end, out _);
        }

        while (end < text.Length && end - start < MaxCredentialValue && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return true;
    }

    /// <summary>A password that a command line passes as an argument, when accepted: not a placeholder, not a flag, at
    /// least three characters.</summary>
    private static bool TryArgumentPassword(ReadOnlySpan<char> text, int start, int end, bool random, out RedactionMatch m)
    {
        m = default;
        ReadOnlySpan<char> value = text[start..end];
        if (value.Length < 3 || value[0] is '-' or '*' || IsPlaceholderValue(value, quoted: true) || (random && !LooksRandom(value)))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Password, start, end, CredentialConfidence, secret: true);
        return true;
    }

    /// <summary>At an anchor inside a command's name: <c>net user NAME PASS</c>, <c>htpasswd -b …</c>, <c>… | chpasswd</c>,
    /// <c>sentinel auth-pass MASTER PASS</c> and Cisco IOS's <c>password 0 PASS</c> / <c>password 7 …</c>.</summary>
    private static bool TryCommandCredential(ReadOnlySpan<char> text, int a, out RedactionMatch m)
    {
        m = default;
        if (text[a..].StartsWith("net user ", StringComparison.OrdinalIgnoreCase))
        {
            // "net user NAME *" prompts; "net user NAME /delete" and "net user /domain" carry no password.
            return (a == 0 || !IsKeyNameChar(text[a - 1])) && TryNextArgument(text, a + 8, out _, out int userEnd) &&
                text[a + 9] != '/' && TryNextArgument(text, userEnd, out int start, out int end) && TryArgumentPassword(text, start, end, random: true, out m);
        }

        int s = a;
        while (s > 0 && a - s < MaxKeyName && IsKeyNameChar(text[s - 1]))
        {
            s--;
        }

        int e = a;
        while (e < text.Length && e - s < MaxKeyName && IsKeyNameChar(text[e]))
        {
            e++;
        }

        ReadOnlySpan<char> word = text[s..e];
        if (s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('`' or '(' or ';'))
        {
            return false;
        }

        if (word.Equals("htpasswd", StringComparison.OrdinalIgnoreCase))
        {
            return TryHtpasswdBatch(text, e, out m);
        }

        if (word.Equals("chpasswd", StringComparison.OrdinalIgnoreCase))
        {
            // "echo 'user:PASS' | chpasswd": the password follows the user's colon.
            int pipe = PipeBefore(text, s, sudo: false);
            if (pipe < 0 || !TryEchoedValue(text, pipe, out int start, out int end))
            {
                return false;
            }

            int colon = text[start..end].IndexOf(':');
            return colon > 0 && TryArgumentPassword(text, start + colon + 1, end, random: false, out m);
        }

        // redis.conf's Sentinel: "sentinel auth-pass <master-name> <password>".
        if (word.Equals("auth-pass", StringComparison.OrdinalIgnoreCase) && LineBefore(text, s).TrimStart().StartsWith("sentinel ", StringComparison.OrdinalIgnoreCase))
        {
            return TryNextArgument(text, e, out _, out int masterEnd) && TryNextArgument(text, masterEnd, out int start, out int end) &&
                TryArgumentPassword(text, start, end, random: false, out m);
        }

        // Cisco IOS: "username NAME [privilege N] password 0 PASS", "enable password 7 0822455D0A16" (type 0 is clear
        // text, type 7 a reversible encoding; type 5, 8 and 9 are hashes).
        if (word.Equals("password", StringComparison.OrdinalIgnoreCase) && e + 3 < text.Length && text[e] == ' ' && text[e + 1] is '0' or '7' && text[e + 2] == ' ')
        {
            ReadOnlySpan<char> line = LineBefore(text, s).TrimStart();
            return (line.StartsWith("username ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("enable", StringComparison.OrdinalIgnoreCase)) &&
                TryNextArgument(text, e + 2, out int start, out int end) && TryArgumentPassword(text, start, end, random: false, out m);
        }

        return false;
    }

    /// <summary>After <c>htpasswd</c>: with <c>-b</c> (batch) the password is the last positional argument, the third
    /// (<c>FILE USER PASS</c>) or, with <c>-n</c> (no file), the second.</summary>
    private static bool TryHtpasswdBatch(ReadOnlySpan<char> text, int p, out RedactionMatch m)
    {
        m = default;
        bool batch = false;
        bool noFile = false;
        int positional = 0;
        for (int k = 0; k < 8 && TryNextArgument(text, p, out int start, out int end); k++)
        {
            p = end;
            if (text[start] == '-' && start > 0 && text[start - 1] is not ('"' or '\''))
            {
                batch |= text[start..end].Contains('b');
                noFile |= text[start..end].Contains('n');
                continue;
            }

            positional++;
            if (batch && positional == (noFile ? 2 : 3))
            {
                return TryArgumentPassword(text, start, end, random: false, out m);
            }
        }

        return false;
    }

    /// <summary>The pipe right before the command at <paramref name="p"/> (<c>| chpasswd</c>, <c>| sudo chpasswd</c>), or
    /// -1; with <paramref name="sudo"/>, "sudo" must stand between them (<c>| sudo -S</c>).</summary>
    private static int PipeBefore(ReadOnlySpan<char> text, int p, bool sudo)
    {
        int k = p;
        while (k > 0 && p - k < 8 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        bool hasSudo = k >= 4 && text[(k - 4)..k].Equals("sudo", StringComparison.Ordinal);
        if (sudo && !hasSudo)
        {
            return -1;
        }

        if (hasSudo)
        {
            k -= 4;
            while (k > 0 && p - k < 16 && text[k - 1] is ' ' or '\t')
            {
                k--;
            }
        }

        return k > 0 && text[k - 1] == '|' && (k < 2 || text[k - 2] != '|') ? k - 1 : -1;
    }

    /// <summary>Before the pipe at <paramref name="pipe"/>: the argument of the <c>echo</c> that feeds it
    /// (<c>echo 'S3cret' | sudo -S …</c>), without its quotes.</summary>
    private static bool TryEchoedValue(ReadOnlySpan<char> text, int pipe, out int start, out int end)
    {
        start = end = pipe;
        ReadOnlySpan<char> line = LineBefore(text, pipe);
        int echo = line.LastIndexOf("echo ", StringComparison.Ordinal);
        if (echo < 0 || (echo > 0 && !char.IsWhiteSpace(line[echo - 1]) && line[echo - 1] is not ('&' or ';' or '(')))
        {
            return false;
        }

        int v = pipe - line.Length + echo + 5;
        while (v + 3 < pipe && text[v] == '-' && text[v + 1] is 'n' or 'e' && text[v + 2] == ' ')
        {
            v += 3;
        }

        int e = pipe;
        while (e > v && text[e - 1] is ' ' or '\t')
        {
            e--;
        }

        if (e - v >= 2 && text[v] is '"' or '\'' && text[e - 1] == text[v])
        {
            v++;
            e--;
        }

        if (e <= v || text[v..e].ContainsAny(' ', '\t'))
        {
            return false;
        }

        start = v;
        end = e;
        return true;
    }

    /// <summary>At a <c>-</c>: the flags that carry a password only for their own commands — <c>sudo -S</c> fed by
    /// <c>echo</c>, <c>-P</c> (sqlcmd, bcp, osql, zip), <c>-w</c> (the OpenLDAP clients), <c>-U user%PASS</c> (Samba),
    /// <c>-pw</c> (PuTTY's plink, pscp, psftp), <c>--user user:PASS</c> (curl) — and <c>snmp-server community STRING</c>.</summary>
    private static bool TryCommandFlagCredential(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i + 3 >= text.Length)
        {
            return false;
        }

        if (text[(i + 1)..].StartsWith("server community ", StringComparison.OrdinalIgnoreCase) && i >= 4 && text[(i - 4)..i].Equals("snmp", StringComparison.OrdinalIgnoreCase))
        {
            return TryNextArgument(text, i + 17, out int start, out int end) && TryArgumentPassword(text, start, end, random: true, out m);
        }

        if (i == 0 || text[i - 1] != ' ')
        {
            return false;
        }

        char flag = text[i + 1];
        if (flag == '-')
        {
            return text[(i + 2)..].StartsWith("user", StringComparison.Ordinal) && i + 7 < text.Length && text[i + 6] is ' ' or '=' && TryUserColonPassword(text, i + 7, out m);
        }

        if (flag == 'p' && text[i + 2] == 'w' && text[i + 3] == ' ')
        {
            return LineRuns(text, i, "plink", "pscp", "psftp") && TryFlagPassword(text, i + 3, out m);
        }

        if (text[i + 2] != ' ')
        {
            return false;
        }

        switch (flag)
        {
            case 'S':
            {
                int pipe = PipeBefore(text, i, sudo: true);
                return pipe >= 0 && TryEchoedValue(text, pipe, out int start, out int end) && TryArgumentPassword(text, start, end, random: false, out m);
            }

            case 'P':
                return LineRuns(text, i, "sqlcmd", "bcp ", "osql", "isql", "zip ") && TryFlagPassword(text, i + 2, out m);
            case 'w':
                return LineRuns(text, i, "ldap") && TryFlagPassword(text, i + 2, out m);
            case 'U':
            {
                if (!LineRuns(text, i, "smbclient", "rpcclient", "smbmap", "smbget", "smbcacls") || !TryNextArgument(text, i + 2, out int start, out int end))
                {
                    return false;
                }

                int percent = text[start..end].IndexOf('%');
                return percent > 0 && TryArgumentPassword(text, start + percent + 1, end, random: false, out m);
            }

            default:
                return false;
        }
    }

    /// <summary>At a <c>:</c>: FreeRDP's <c>/p:PASS</c> (with <c>/u:</c> or the command on the line) and the Wi-Fi QR
    /// code's <c>P:</c> field (<c>WIFI:T:WPA;S:Net;P:PASS;;</c>, where <c>\;</c> escapes a semicolon).</summary>
    private static bool TryColonFieldPassword(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        if (colon < 2 || colon + 1 >= text.Length)
        {
            return false;
        }

        char name = text[colon - 1];
        if (name == 'p' && text[colon - 2] == '/' && (colon == 2 || text[colon - 3] is ' ' or '\t') && LineRuns(text, colon, "/u:", "freerdp", "rdesktop"))
        {
            return TryArgumentAfterColon(text, colon, out m);
        }

        if (name != 'P' || text[colon - 2] != ';' || !LineBefore(text, colon).Contains("WIFI:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int end = colon + 1;
        while (end < text.Length && end - colon <= 64 && text[end] is not (';' or '\n' or '\r'))
        {
            end += text[end] == '\\' ? 2 : 1;
        }

        return end < text.Length && text[end] == ';' && TryArgumentPassword(text, colon + 1, end, random: false, out m);
    }

    /// <summary>The argument glued to a colon (<c>/p:PASS</c>), quoted or up to white space.</summary>
    private static bool TryArgumentAfterColon(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int start = colon + 1;
        int end = start;
        if (text[start] is '"' or '\'')
        {
            if (!TryReadValue(text, start, false, false, out start, out end, out _))
            {
                return false;
            }
        }
        else
        {
            while (end < text.Length && end - start < MaxCredentialValue && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
        }

        return TryArgumentPassword(text, start, end, random: false, out m);
    }

    /// <summary>At the <c>@</c> of SQL*Plus's <c>user/PASS@database</c> (also expdp, impdp, rman, and SQL*Plus's
    /// <c>connect</c>): the password between the slash and the <c>@</c>.</summary>
    private static bool TryOracleLogin(ReadOnlySpan<char> text, int at, out RedactionMatch m)
    {
        m = default;
        int s = at;
        while (s > 0 && at - s <= 128 && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        int slash = text[s..at].IndexOf('/');
        if (slash <= 0 || s + slash + 1 >= at || !IsAsciiLetter(text[s]) || text[s..(s + slash)].IndexOfAnyExcept(OracleUserChars) >= 0 ||
            !LineRuns(text, s, "sqlplus", "expdp", "impdp", "rman", "connect ", "conn "))
        {
            return false;
        }

        return TryArgumentPassword(text, s + slash + 1, at, random: false, out m);
    }

    private static readonly System.Buffers.SearchValues<char> OracleUserChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$#");
}
