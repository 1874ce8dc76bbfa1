namespace Governance.AI.Redaction;

/// <summary>Secrets recognised by length and alphabet: AWS secret access keys, Azure keys and Twilio API keys; and base64
/// tokens recognised by their opening: PEM private keys in base64, AWS STS session tokens.</summary>
internal static partial class BuiltInScanner
{
    private const int AwsSecretKeyLength = 40;
    private const int AzureStorageKeyLength = 86;
    private const int HexServiceKeyLength = 32;
    private const int TwilioKeyLength = 34;
    private const double AwsSecretKeyConfidence = 0.6;
    private const double AzureStorageKeyConfidence = 0.95;
    private const double HexServiceKeyConfidence = 0.3;
    private const double TwilioKeyConfidence = 0.95;

    private static bool IsBase64Char(char c) => IsAsciiAlnum(c) || c is '+' or '/';

    /// <summary>A token of base64 characters around the digit at <paramref name="i"/>, judged once, at its first digit
    /// (random keys of these lengths almost always hold a digit): 40 characters mixing upper case, lower case and
    /// digits is an AWS secret access key; 86 characters and <c>==</c> an Azure storage account key (64 random bytes);
    /// 32 hex digits of one case is a service key only with a key word nearby (alone it is as likely a hash); <c>SK</c> and
    /// 32 hex digits is a Twilio API key, <c>AC</c> and 32 lower-case hex digits a Twilio account SID.</summary>
    private static bool TryOpaqueKey(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int s = i;
        while (s > 0 && IsBase64Char(text[s - 1]))
        {
            s--;
            if (IsDigit(text[s]) || i - s > AzureStorageKeyLength)
            {
                // An earlier digit of this token already decided it, or the token is longer than any key.
                return false;
            }
        }

        // Not a segment of a longer identifier, path, host name or address.
        if (s > 0 && (IsWordChar(text[s - 1]) || text[s - 1] is '-' or '.' or '@' or '%' or '\\'))
        {
            return false;
        }

        int e = i;
        while (e < n && e - s <= AzureStorageKeyLength && IsBase64Char(text[e]))
        {
            e++;
        }

        int length = e - s;
        int padded = e;
        while (padded < n && padded - e < 2 && text[padded] == '=')
        {
            padded++;
        }

        if ((padded < n && (IsWordChar(text[padded]) || text[padded] is '-' or '=' or '+' or '/' or '\\')) ||
            (padded + 1 < n && text[padded] == '.' && IsAsciiAlnum(text[padded + 1])))
        {
            return false;
        }

        ReadOnlySpan<char> token = text[s..e];
        int pad = padded - e;
        if (length == AzureStorageKeyLength && pad == 2 && Has(enabled, BuiltInRecognizers.AzureKey) && HasMixedCaseAndDigit(token))
        {
            m = Match(RedactionEntityTypes.AzureKey, s, padded, AzureStorageKeyConfidence, secret: true);
            return true;
        }

        if (length == AwsSecretKeyLength && pad == 0 && Has(enabled, BuiltInRecognizers.AwsSecretKey) && HasMixedCaseAndDigit(token))
        {
            m = Match(RedactionEntityTypes.AwsSecretKey, s, e, AwsSecretKeyConfidence, secret: true);
            return true;
        }

        // Twilio's API key SID (SK) and account SID (AC, lower-case hex, as Twilio writes it): the account SID is the user
        // name that pairs with the auth token, and secret scanners report it with the token.
        if (length == TwilioKeyLength && pad == 0 && Has(enabled, BuiltInRecognizers.TwilioKey) && IsSingleCaseHexWithLetter(token[2..]) &&
            ((token[0] == 'S' && token[1] == 'K') || (token[0] == 'A' && token[1] == 'C' && !token[2..].ContainsAnyInRange('A', 'F'))))
        {
            m = Match(RedactionEntityTypes.TwilioKey, s, e, TwilioKeyConfidence, secret: true);
            return true;
        }

        if (length == HexServiceKeyLength && pad == 0 && Has(enabled, BuiltInRecognizers.AzureKey) && IsSingleCaseHexWithLetter(token))
        {
            m = Match(RedactionEntityTypes.AzureKey, s, e, HexServiceKeyConfidence, secret: true);
            return true;
        }

        return false;
    }

    private static bool HasMixedCaseAndDigit(ReadOnlySpan<char> token)
    {
        bool upper = false;
        bool lower = false;
        bool digit = false;
        foreach (char c in token)
        {
            upper |= c is >= 'A' and <= 'Z';
            lower |= c is >= 'a' and <= 'z';
            digit |= IsDigit(c);
        }

        return upper && lower && digit;
    }

    private static bool IsSingleCaseHexWithLetter(ReadOnlySpan<char> token)
    {
        bool upper = false;
        bool lower = false;
        foreach (char c in token)
        {
            if (!IsHex(c))
            {
                return false;
            }

            upper |= c is >= 'A' and <= 'F';
            lower |= c is >= 'a' and <= 'f';
        }

        return upper != lower;
    }

    /// <summary>What "-----BEGIN " is in base64, at an offset that is a multiple of three.</summary>
    private const string Base64PemPrefix = "LS0tLS1CRUdJTi";

    /// <summary>How an AWS STS session token (the third part of temporary credentials, <c>aws_session_token</c>,
    /// <c>AWS_SESSION_TOKEN</c>) starts: its serialized form opens with the same bytes ("!\n\torigin_ec" in base64).</summary>
    private const string AwsSessionTokenPrefix = "IQoJb3JpZ2luX2Vj";

    /// <summary>The fewest base64 characters of a session token (real ones are several hundred).</summary>
    private const int MinAwsSessionToken = 100;

    /// <summary>The base64 characters decoded to read a PEM header: 48 bytes, more than the longest private-key header.</summary>
    private const int Base64PemHeaderChars = 64;

    /// <summary>At the first digit of a base64 token: a PEM private key encoded whole in base64, as kubeconfig's
    /// <c>client-key-data</c>, a Kubernetes secret's <c>tls.key</c> and CI variables carry it (the token starts with
    /// "-----BEGIN " in base64 and its header decodes to "… PRIVATE KEY"; a certificate's, also base64 in kubeconfig, is
    /// public); or an AWS STS session token, by its fixed opening.</summary>
    private static bool TryBase64PrefixedSecret(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        if (Has(enabled, BuiltInRecognizers.PrivateKey) && Base64TokenWithPrefix(text, i, Base64PemPrefix, out int s, out int e))
        {
            Span<byte> header = stackalloc byte[Base64PemHeaderChars / 4 * 3];
            if (!Convert.TryFromBase64Chars(text.Slice(s, Math.Min(e - s, Base64PemHeaderChars) & ~3), header, out int written) ||
                header[..written].IndexOf("PRIVATE KEY"u8) < 0)
            {
                return false;
            }

            m = Match(RedactionEntityTypes.PrivateKey, s, e, 0.99, secret: true);
            return true;
        }

        if (Has(enabled, BuiltInRecognizers.Credentials) && Base64TokenWithPrefix(text, i, AwsSessionTokenPrefix, out s, out e) && e - s >= MinAwsSessionToken)
        {
            m = Match(RedactionEntityTypes.Credential, s, e, 0.95, secret: true);
            return true;
        }

        return false;
    }

    /// <summary>Whether the digit at <paramref name="i"/> is the first digit of <paramref name="prefix"/> at the start of a
    /// base64 token; the token's extent (its <c>=</c> padding included).</summary>
    private static bool Base64TokenWithPrefix(ReadOnlySpan<char> text, int i, string prefix, out int s, out int e)
    {
        // The first digit found by a plain loop: the generic IndexOfAnyInRange<char> boxes its bounds until it is tiered up
        // (about 0.7 MB per MiB of clean prose in the first calls of a process).
        int firstDigit = 0;
        while (firstDigit < prefix.Length && !IsDigit(prefix[firstDigit]))
        {
            firstDigit++;
        }

        s = i - firstDigit;
        e = s;
        if (s < 0 || !text[s..].StartsWith(prefix, StringComparison.Ordinal) || (s > 0 && (IsBase64Char(text[s - 1]) || text[s - 1] == '-')))
        {
            return false;
        }

        int limit = Math.Min(text.Length, s + MaxPemBody);
        while (e < limit && IsBase64Char(text[e]))
        {
            e++;
        }

        for (int pad = 0; pad < 2 && e < text.Length && text[e] == '='; pad++)
        {
            e++;
        }

        return true;
    }
}
