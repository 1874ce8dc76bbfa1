namespace Governance.AI.Redaction;

/// <summary>Normalizes values so that one value written two ways ("4111 1111…" and "4111-1111…") is one value.</summary>
internal static class ValueNormalizer
{
    public static string Normalize(string entityType, string value)
    {
        switch (entityType)
        {
            case RedactionEntityTypes.Email:
                return value.ToLowerInvariant();
            case RedactionEntityTypes.CreditCard:
            case RedactionEntityTypes.Phone:
            case RedactionEntityTypes.UsSsn:
            case RedactionEntityTypes.Iban:
                return string.Create(CountAlnum(value), value, static (dest, v) =>
                {
                    int k = 0;
                    foreach (char c in v)
                    {
                        if (char.IsAsciiLetterOrDigit(c))
                        {
                            dest[k++] = char.ToUpperInvariant(c);
                        }
                    }
                });
            case RedactionEntityTypes.IPAddress:
                return value.ToLowerInvariant();
            default:
                return value;
        }
    }

    private static int CountAlnum(string value)
    {
        int count = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
