namespace Governance.AI.Redaction;

/// <summary>Credentials without a vendor format: what a key name introduces, judged by its last part (BuiltInScanner.Credentials.cs reads the values).</summary>
internal static partial class BuiltInScanner
{
    /// <summary>A password word that names nothing else ("password", "Passwort", "contraseña", "senha"…; not "pass",
    /// "pw" or "clave", which also name passes, pages and keys).</summary>
    private static bool IsFullPasswordWord(ReadOnlySpan<char> last) =>
        IsAnyOf(last, "password", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "senha", "passord", "lösenord", "hasło", "пароль", "passphrase");

    /// <summary>What a key name introduces, judged by its last part ("DB_PASSWORD", "dbPassword", "x-api-key",
    /// "client_secret", "access_token"; not "max_tokens", "token_type", "password_policy", "bypass").</summary>
    private static CredentialKey ClassifyKeyName(ReadOnlySpan<char> name, ReadOnlySpan<char> before, bool query)
    {
        ReadOnlySpan<char> last = LastNamePart(name);

        // "API" alone (the "api " anchor, in technical prose as often as every hundred words) matches none of the lists
        // below but the Romance one: answered here without the ~60 comparisons before it.
        if (last.Length == name.Length && name.Equals("api", StringComparison.OrdinalIgnoreCase))
        {
            return EndsWithRomanceKeyWord(before) ? CredentialKey.Credential : CredentialKey.None;
        }

        if (last.Length == name.Length && (name.Equals("bearer", StringComparison.OrdinalIgnoreCase)))
        {
            return CredentialKey.Bearer;
        }

        if (last.Length == name.Length && name.Equals("basic", StringComparison.OrdinalIgnoreCase))
        {
            return CredentialKey.Basic;
        }

        // "secret_key_base", "api_key_value", "token_b64": a suffix that says how a credential is stored names the credential.
        if (last.Length < name.Length && IsAnyOf(last, "base", "value", "b64", "base64", "hex", "str", "string", "raw", "plain", "plaintext"))
        {
            ReadOnlySpan<char> stem = name[..(name.Length - last.Length)].TrimEnd("_-.");
            return stem.IsEmpty ? CredentialKey.None : ClassifyKeyName(stem, before, query);
        }

        // German and Dutch compounds put the credential word last ("Datenbankpasswort", "beheerderswachtwoord"); a WPA
        // pre-shared key ("psk", "wpa_psk") is the network's password.
        // Spanish and Portuguese put a qualifier after the noun, and names are often written without "ñ" ("contrasena_bd",
        // "senha_banco").
        int firstPart = name.IndexOfAny('_', '-', '.');
        if (IsAnyOf(last, "password", "passwd", "pwd", "pass", "passphrase", "passcode", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "senha", "clave", "pw", "mdp", "psk", "requirepass", "masterauth") ||
            IsAnyOf(last, "storepass", "keypass", "srcstorepass", "deststorepass", "srckeypass", "destkeypass") ||
            IsAnyOf(last, "lösenord", "lösenordet", "passord", "passordet", "hasło", "пароль") ||
            (firstPart > 0 && IsAnyOf(name[..firstPart], "contraseña", "contrasena", "contrasenia", "senha")) ||
            EndsWithAny(last, "password", "passwd", "passphrase", "passwort", "kennwort", "wachtwoord") ||
            (last.Equals("passe", StringComparison.OrdinalIgnoreCase) &&
             (before.EndsWith("mot de ", StringComparison.OrdinalIgnoreCase) || name.Equals("palavra-passe", StringComparison.OrdinalIgnoreCase))) ||
            IsMultiWordPasswordName(name, last))
        {
            return CredentialKey.Password;
        }

        // A personal access token's usual abbreviation, as the last part of a longer name ("AZURE_DEVOPS_EXT_PAT", "GITHUB_PAT").
        // "PAT" alone, upper case, is read only at a colon right after it (TryPatCredential): no anchor finds it.
        if ((last.Length < name.Length && last.Equals("pat", StringComparison.OrdinalIgnoreCase)) || name.SequenceEqual("PAT"))
        {
            return CredentialKey.Credential;
        }

        if (IsAnyOf(last, "secret", "token", "apikey", "apitoken", "accesstoken", "authtoken", "secretkey", "accesskey", "privatekey", "clientsecret", "credential", "credentials", "authorization", "auth", "jeton") ||
            EndsWithAny(last, "secret", "token", "apikey", "secretkey", "privatekey"))
        {
            return CredentialKey.Credential;
        }

        // "secret" in en/fr/es/it/pt/de/nl as a noun ("el secreto es", "das Geheimnis ist") or after a key word ("clave
        // secreta", "clé secrète", "chiave segreta"); German compounds ("Geheimschlüssel").
        if (last.Length == name.Length &&
            (IsAnyOf(name, "secreto", "segreto", "segredo", "geheimnis", "geheim", "geheimschlüssel", "geheimschluessel", "geheimtoken") ||
             (IsAnyOf(name, "secreta", "secrète", "secrete", "segreta") && IsAnyOf(PreviousWord(before), "clave", "chave", "clé", "cle", "chiave", "llave"))))
        {
            return CredentialKey.Credential;
        }

        // A Google service account's "private_key_id" names the key it belongs with.
        if (last.Equals("id", StringComparison.OrdinalIgnoreCase) && (name.EndsWith("private_key_id", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("privateKeyId", StringComparison.OrdinalIgnoreCase)))
        {
            return CredentialKey.Credential;
        }

        // An Azure shared access signature's "sig=" in a URL query.
        if (query && name.Equals("sig", StringComparison.OrdinalIgnoreCase))
        {
            return CredentialKey.Credential;
        }

        // Romance languages put "API" after the key word: "clé API est …", "chiave API è …", "llave API: …" (found by
        // the "api " anchor: non-ASCII anchors such as "clé" make the whole search scalar).
        if (last.Length == name.Length && name.Equals("api", StringComparison.OrdinalIgnoreCase) && EndsWithRomanceKeyWord(before))
        {
            return CredentialKey.Credential;
        }

        // German and Dutch compounds of "key" ("Zugangsschlüssel", "Lizenzschlüssel", "toegangssleutel").
        if (last.Length == name.Length && IsCompoundKeyName(name))
        {
            return CredentialKey.Credential;
        }

        if (IsAnyOf(last, "key", "sleutel", "schlüssel", "schluessel"))
        {
            // "api_key", "apiKey"; in prose "API key", "secret key" (the word before, across one space).
            ReadOnlySpan<char> previous = last.Length == name.Length
                ? PreviousWord(before)
                : LastNamePart(name[..(name.Length - last.Length)].TrimEnd("_-."));
            if (IsAnyOf(previous, "api", "access", "secret", "private", "subscription", "auth", "signing", "master", "encryption", "account", "client", "app", "service", "shared", "storage", "license", "webhook", "admin", "sas", "session",
                    "application", "ingest", "integration", "developer", "personal", "deploy", "consumer", "merchant",
                    "geheimer", "geheime", "privater", "private"))
            {
                return CredentialKey.Credential;
            }

            // "STRIPE_KEY", "routing_key", "MAILGUN_KEY": a vendor's or a purpose's name before "key"; a name that says what
            // the key indexes or that it is public ("sort_key", "PUBLIC_KEY") is not a credential.
            return last.Length == name.Length ? CredentialKey.BareKey
                : IsDataKeyQualifier(previous) ? CredentialKey.None
                : CredentialKey.QualifiedKey;
        }

        return CredentialKey.None;
    }
}
