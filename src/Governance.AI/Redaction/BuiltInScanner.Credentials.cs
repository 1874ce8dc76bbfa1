using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>
/// Credentials without a vendor format, found from what introduces them: a key name (<c>password=</c>,
/// <c>"client_secret": "…"</c>, <c>api_key:</c>, <c>Password=…;</c>, "the password is …"), an HTTP authorization scheme
/// (<c>Bearer</c>, <c>Basic</c>), a URL's <c>user:password@</c>, or a command-line flag (<c>-u user:password</c>,
/// <c>-p …</c>). Only the value is reported; the key name stays readable.
/// </summary>
/// <remarks>
/// One vectorized search finds the anchor words of key names; each hit reads a bounded stretch around it, so the pass
/// stays linear. URLs and command-line flags are found by the main scan, at its <c>:</c> and <c>-</c> triggers.
/// How sure a value must look depends on how it was introduced: a quoted value or one after <c>=</c> counts unless it is a
/// placeholder; after <c>:</c> or "is" it must look random (a letter with a digit or a symbol), and after a bare space
/// even more so, because prose ("password reset", "Token: expired") uses the same words.
/// Placeholders never count: references (<c>$VAR</c>, <c>${…}</c>, <c>{{ … }}</c>, <c>%VAR%</c>, <c>os.environ[…]</c>,
/// <c>process.env.X</c>), angle-bracket and <c>YOUR_…</c> names, masks (<c>****</c>, <c>xxxx</c>), elisions
/// (<c>sk-...</c>), paths, type names and literals (<c>string</c>, <c>true</c>, <c>null</c>). A weak but real value such as
/// <c>changeme</c> after <c>password=</c> does count: it is the credential in use.
/// </remarks>
internal static partial class BuiltInScanner
{
    // Below the vendor recognizers (0.9 and more), so a vendor key after "api_key=" keeps its own name.
    private const double CredentialConfidence = 0.85;
    private const double UrlPasswordConfidence = 0.97;
    private const int MaxCredentialValue = 256;
    private const int MaxKeyName = 64;

    // ASCII only: with non-ASCII anchors ("clé", "schlüssel") the clean-prose scan measured 7.6× slower (benchmarks/README.md).
    // Split in two halves searched separately: one 29-anchor set fills each of the vectorized search's 8 buckets with 3–4
    // anchors whose nibble masks admit about one position in eight of ordinary prose, each checked by a string compare
    // (1.5 ms per MiB of clean prose, half of the whole scan); two 14–16-anchor sets cost about 0.2–0.3 ms together.
    // The union finds the same anchors at the same positions (the scan takes the leftmost of the two). "pw " (round 21)
    // sits in the first half: there it measured about +10 µs per clean MiB, in the second +30–45 µs.
    private static readonly SearchValues<string> CredentialAnchorsA = SearchValues.Create(
        ["senha", "net user", "segre", "ied by", "bearer", "api ", "token", "basic", "wachtwoord", "geheim", "clave", "key", "credential", "pwd", "psk=", "pw "],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CredentialAnchorsB = SearchValues.Create(
        ["kennwort", "login", "pw:", "mdp", "auth", "secr", "pw=", "creds", "sleutel", "pass", "jeton", "ssel", "contrase", "sig"],
        StringComparison.OrdinalIgnoreCase);


    private enum CredentialKey
    {
        None,
        Password,
        Credential,

        /// <summary>A bare "key": only a random-looking value after <c>=</c> or <c>:</c> counts.</summary>
        BareKey,

        /// <summary>A compound of "key" whose qualifier says neither that it is secret nor what it indexes ("STRIPE_KEY",
        /// "routing_key"): only a generated-looking value after <c>=</c>, <c>:</c> or as a call's argument counts.</summary>
        QualifiedKey,

        /// <summary>The Bearer authorization scheme.</summary>
        Bearer,

        /// <summary>The Basic authorization scheme.</summary>
        Basic,
    }

    private enum CredentialSeparator
    {
        None,

        /// <summary><c>=</c> or <c>=&gt;</c>.</summary>
        Assign,

        /// <summary>A value between XML tags: <c>&lt;password&gt;…&lt;/password&gt;</c>.</summary>
        Element,

        /// <summary><c>:</c> or <c>:=</c>.</summary>
        Colon,

        /// <summary>"is", "was", "lautet", "est", "es"… in prose.</summary>
        Prose,

        /// <summary>Only white space.</summary>
        Space,

        /// <summary>A quoted name, a comma, a quoted value: a call's two arguments (<c>define('AUTH_KEY', '…')</c>).</summary>
        Argument,

        /// <summary>A verb that sets the value and its "to": "set the password to …", "senha padrão, alterei para …".</summary>
        Change,

        /// <summary>A colon at the end of a line, the value alone on the next line.</summary>
        NextLine,
    }

    private static void ScanCredentials(ReadOnlySpan<char> text, List<RedactionMatch> output)
    {
        int n = text.Length;
        int p = 0;

        // The leftmost anchor of each half at or after the position its search started from (int.MaxValue: none left);
        // while it is at or after p, nothing of that half lies between p and it, so it is not searched again.
        int nextA = -1;
        int nextB = -1;
        while (p < n)
        {
            if (nextA < p)
            {
                int r = text[p..].IndexOfAny(CredentialAnchorsA);
                nextA = r < 0 ? int.MaxValue : p + r;
            }

            if (nextB < p)
            {
                int r = text[p..].IndexOfAny(CredentialAnchorsB);
                nextB = r < 0 ? int.MaxValue : p + r;
            }

            int a = Math.Min(nextA, nextB);
            if (a == int.MaxValue)
            {
                return;
            }

            if (TryCommandCredential(text, a, out RedactionMatch m))
            {
                output.Add(m);
                p = Math.Max(m.End, a + 1);
            }
            else if (TryKeyedCredential(text, a, out m, out int nameEnd))
            {
                // A value before its name ("… as the password") ends before the anchor: the search goes on after the anchor.
                output.Add(m);
                p = Math.Max(m.End, a + 1);
                // The end is read once: a failed try resets its out argument.
                for (int end = m.End; m.EntityType == RedactionEntityTypes.Password && (TryAlternativePassword(text, end, out m) || TryFollowingPassword(text, end, out m)); end = m.End)
                {
                    output.Add(m);
                    p = Math.Max(m.End, p);
                }
            }
            else
            {
                p = Math.Max(a + 1, nameEnd);
            }
        }
    }

    private static bool IsKeyNameChar(char c) => IsWordChar(c) || c is '-' or '.';

    /// <summary>A value introduced by the key name around the anchor at <paramref name="a"/>.</summary>
    private static bool TryKeyedCredential(ReadOnlySpan<char> text, int a, out RedactionMatch m, out int nameEnd)
    {
        m = default;
        int n = text.Length;
        int s = a;
        while (s > 0 && a - s < MaxKeyName && IsKeyNameChar(text[s - 1]))
        {
            s--;
        }

        nameEnd = a;
        while (nameEnd < n && nameEnd - s < MaxKeyName && IsKeyNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        // Too long to be a key name, a segment of a path ("POST /token HTTP/1.1"), or a shell variable's expansion, whose
        // default or error message follows the colon ("${NPM_TOKEN:?missing}").
        // "username/password: admin / S3cret": a user name and its password, named as a pair.
        bool pair = s > 1 && text[s - 1] == '/' && IsUserWordBefore(text, s - 1);
        // "PIN/password is …": another name of the same secret before the slash, not a pair of values.
        bool alias = !pair && s > 1 && text[s - 1] == '/' && IsSecretAliasBefore(text, s - 1);
        if ((s > 0 && (IsKeyNameChar(text[s - 1]) || (text[s - 1] == '/' && !pair && !alias))) || (nameEnd < n && IsKeyNameChar(text[nameEnd])) ||
            (s >= 2 && text[s - 1] == '{' && text[s - 2] == '$'))
        {
            return false;
        }

        // Sentence punctuation and a flag's leading dashes are not part of the name.
        int e = nameEnd;
        while (e > s && text[e - 1] is '.' or '-')
        {
            e--;
        }

        bool flag = false;
        while (s < e && text[s] == '-')
        {
            s++;
            flag = true;
        }

        if (s == e)
        {
            return false;
        }

        // "Geheimer Schlüssel: …", "geheime sleutel": the anchor found the adjective; the key name is the noun after it.
        if (IsAnyOf(text[s..e], "geheimer", "geheime", "geheimes") && e + 1 < n && text[e] == ' ')
        {
            int noun = e + 1;
            int nounEnd = noun;
            while (nounEnd < n && nounEnd - noun < 16 && IsWordChar(text[nounEnd]))
            {
                nounEnd++;
            }

            if (IsAnyOf(text[noun..nounEnd], "schlüssel", "schluessel", "sleutel", "token", "key"))
            {
                s = noun;
                e = nounEnd;
                nameEnd = nounEnd;
            }
        }

        // SQL's "CREATE USER … IDENTIFIED BY '…'": the password follows "BY".
        bool identifiedBy = IsAnyOf(text[s..e], "identified") && text[e..].StartsWith(" by ", StringComparison.OrdinalIgnoreCase) && IsSqlAccountStatement(text[..s]);
        if (identifiedBy)
        {
            s = e + 1;
            e += 3;
            nameEnd = e;
        }

        ReadOnlySpan<char> name = text[s..e];
        bool query = s > 0 && text[s - 1] is '?' or '&';
        CredentialKey key = identifiedBy ? CredentialKey.Password : ClassifyKeyName(name, text[..s], query);

        // "login: root / …", "creds are admin:…": a word for a login names a user and its password.
        bool loginPair = IsAnyOf(name, "login", "creds", "credentials", "identifiants", "zugangsdaten", "credenciales", "credenziali", "credenciais");
        bool pairRequired = key == CredentialKey.None;
        if (pairRequired && !loginPair)
        {
            return false;
        }

        if (pairRequired)
        {
            key = CredentialKey.Password;
        }

        // "the prod database password (Blue-Heron-8812-Lake)": the value in brackets right after its name.
        if (key == CredentialKey.Password && (TryBracketedPassword(text, e, out m) || TryQualifiedBracketedPassword(text, e, out m)))
        {
            return true;
        }

        if (key is CredentialKey.Password or CredentialKey.Credential && !identifiedBy && !pair && TryValueBeforePasswordName(text, s, key, out m))
        {
            return true;
        }

        if (TryHclVariableDefault(text, s, e, key, out m))
        {
            return true;
        }

        int v = e;
        CredentialSeparator separator = ReadSeparator(text, s, ref v, flag);
        // "forgot my password, I had set it to …", "Olvidé mi contraseña, había puesto …": after a comma, the rest of the
        // sentence may give the value (a cue or a verb that puts a value in, then a very random value); after a full stop,
        // the next sentence when it opens with its cue ("I forgot the password. I typed …").
        if (separator == CredentialSeparator.None && key == CredentialKey.Password && e + 1 < n && text[e] is ',' or '.' && text[e + 1] == ' ')
        {
            return TryFollowingPassword(text, text[e] == ',' ? e + 2 : e, out m);
        }

        // "el token de admin …", "the token for the deploy bot …": a qualifier, then the value without a linking word.
        // A linking word later in the sentence ("… for the deploy bot Qx7… is expired") does not introduce that value.
        if (separator is CredentialSeparator.Space or CredentialSeparator.Prose && key is CredentialKey.Credential or CredentialKey.Password && e + 1 < n && text[e] == ' ' &&
            TryQualifiedBareCredential(text, e + 1, key, out m))
        {
            return true;
        }

        if (separator == CredentialSeparator.None || (key is CredentialKey.Bearer or CredentialKey.Basic && separator != CredentialSeparator.Space))
        {
            return false;
        }

        if (!TryReadValue(text, v, query, separator == CredentialSeparator.Element, out int valueStart, out int valueEnd, out bool quoted))
        {
            return false;
        }

        if (pair && !TrySecondOfPair(text, ref valueStart, ref valueEnd))
        {
            return false;
        }

        int readStart = valueStart;
        if (loginPair && !TryLoginPair(text, ref valueStart, ref valueEnd) && pairRequired)
        {
            return false;
        }

        // "default login admin/1234admin": a user and its password joined in one word after a login word.
        bool joinedPair = loginPair && valueStart > readStart + 1 && text[valueStart - 1] is '/' or ':' && !char.IsWhiteSpace(text[valueStart - 2]);

        ReadOnlySpan<char> value = text[valueStart..valueEnd];
        // "… YOUR_ACCESS_TOKEN https://api…/v1": after a bare space or a linking word, a URL is where the request goes; a
        // password inside one is found at its "://" (TryUrlPassword).
        if (separator is CredentialSeparator.Space or CredentialSeparator.Prose or CredentialSeparator.Change &&
            (IsAssignment(value) || value.IndexOf("://", StringComparison.Ordinal) > 0))
        {
            return false;
        }

        // "the token in the header and the database id is …": a qualifier that ends in an id's label names the value.
        if (separator == CredentialSeparator.Prose && IdentifierLabel.IsIdDirectlyBefore(text, valueStart))
        {
            return false;
        }

        // A host name after "credentials" (Terraform's credentials "app.terraform.io" { … }) names where, not what.
        if (IsPlaceholderValue(value, quoted) || value.ContainsAny(' ', '\t') || (key != CredentialKey.Password && IsHostName(value)) ||
            value.Equals(name, StringComparison.OrdinalIgnoreCase) || value.Equals(LastNamePart(name), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "password: Summer" alone on a YAML line is configuration, not a sentence that goes on.
        bool configLine = separator == CredentialSeparator.Colon && !quoted && IsAtLineStart(text, s) && IsAtLineEnd(text, valueEnd);
        // "token: 123456789:AAxxxxxxxx…": a long run of one character is documentation's filler, never a random token (a
        // weak password such as "aaaaaaaa" is still the password in use).
        if (key != CredentialKey.Password && HasFillerRun(value))
        {
            return false;
        }

        bool accepted = key switch
        {
            CredentialKey.QualifiedKey => separator is CredentialSeparator.Assign or CredentialSeparator.Colon or CredentialSeparator.Argument && IsGeneratedKeyValue(value),
            CredentialKey.Bearer => value.Length >= 12 && LooksRandom(value),
            // Two strings passed to a call are as often a label and its translation: only a random value counts.
            _ when separator == CredentialSeparator.Argument => LooksVeryRandom(value),
            // A line of its own after "Password:" is as likely the next field or a heading as the value.
            _ when separator == CredentialSeparator.NextLine => LooksVeryRandom(value),
            CredentialKey.Basic => IsBasicCredential(value),
            CredentialKey.BareKey => separator is CredentialSeparator.Assign or CredentialSeparator.Colon && value.Length >= 16 && HasMixedCaseAndDigit(value),
            CredentialKey.Password when quoted || configLine || separator is CredentialSeparator.Assign or CredentialSeparator.Element => value.Length >= 3,
            _ when quoted || configLine || separator is CredentialSeparator.Assign or CredentialSeparator.Element => value.Length >= 8 && LooksRandom(value),
            _ when joinedPair && separator is CredentialSeparator.Space or CredentialSeparator.Prose => LooksRandom(value),
            // "la contraseña del correo es 246810", "PIN/password: 90417735": a password of digits only, not a length.
            CredentialKey.Password when separator is CredentialSeparator.Prose or CredentialSeparator.Colon && IsDigitOnlyPassword(text, valueStart, valueEnd) => true,
            // "Datadog app key 9b2e…", "the API key is 4f8a…": a hex key named by a secret's kind of key.
            CredentialKey.Credential when separator is CredentialSeparator.Space or CredentialSeparator.Prose && IsNamedHexKey(name, text[..s], value) => true,
            // "my password 40917735", "das Passwort 582931": digits only after a bare space, named by a password word itself
            // (not "pass": a boarding or season pass has a number).
            CredentialKey.Password when separator == CredentialSeparator.Space && IsFullPasswordWord(LastNamePart(name)) && IsBareDigitPassword(text, valueStart, valueEnd) => true,
            // "the old pass hunter2hunter2 still works": a password word that an age qualifier names as one password.
            CredentialKey.Password when separator == CredentialSeparator.Space && IsAgedPasswordName(text, s) => value.Length >= 8 && LooksRandom(value) && value.ContainsAnyInRange('0', '9'),
            // "the root password admin123 is dead", "das Passwort abc123 funktioniert nicht": a predicate makes the value its subject.
            CredentialKey.Password when separator == CredentialSeparator.Space && IsPredicateAfter(text, valueEnd) => LooksRandom(value) && value.ContainsAnyInRange('0', '9'),
            // "Authorization: token …": the scheme name, not a word of a sentence.
            _ when separator == CredentialSeparator.Space && !text[..s].TrimEnd().EndsWith("authorization:", StringComparison.OrdinalIgnoreCase) => LooksVeryRandom(value),
            _ => LooksRandom(value),
        };

        if (!accepted)
        {
            // "The password for the staging db was changed yesterday, it is now …": prose that names no value yet may give it later.
            return key == CredentialKey.Password && separator is CredentialSeparator.Prose or CredentialSeparator.Space && TryFollowingPassword(text, valueStart, out m);
        }

        string type = key == CredentialKey.Password ? RedactionEntityTypes.Password
            : key == CredentialKey.Credential && name.EndsWith("key", StringComparison.OrdinalIgnoreCase) &&
              value.Length == HexServiceKeyLength && IsSingleCaseHexWithLetter(value) ? RedactionEntityTypes.AzureKey
            : RedactionEntityTypes.Credential;
        m = Match(type, valueStart, valueEnd, CredentialConfidence, secret: true);
        return true;
    }
}
