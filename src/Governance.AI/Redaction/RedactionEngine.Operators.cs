namespace Governance.AI.Redaction;

/// <content>Applying the operators (placeholder, mask, pseudonym, removal, block) to the matches.</content>
public sealed partial class RedactionEngine
{
    /// <summary>Applies the operators of the matches that end within the first <paramref name="length"/> characters
    /// and returns that prefix, redacted.</summary>
    internal string Apply(string text, int length, ReadOnlySpan<RedactionMatch> matches, RedactionVault vault, bool inResponse)
    {
        if (!inResponse)
        {
            ThrowIfBlocked(matches);
        }

        var sb = new PooledCharBuffer(length + (matches.Length * 8));
        try
        {
            int copied = 0;
            foreach (RedactionMatch m in matches)
            {
                if (m.End > length)
                {
                    break;
                }

                sb.Append(text.AsSpan(copied, m.Start - copied));
                copied = m.End;
                ReadOnlySpan<char> value = text.AsSpan(m.Start, m.Length);
                EntityPolicy policy = PolicyFor(m.EntityType);
                RedactionVault.TypeEntries entries = vault.Record(m.EntityType);
                switch (policy.Operator)
                {
                    case RedactionOperator.Mask:
                        AppendMask(ref sb, value, policy.MaskKeepLast, policy.MaskCharacter);
                        break;
                    case RedactionOperator.Pseudonymize:
                        sb.Append(_options.KeyRing!.Pseudonymize(m.EntityType, value.ToString()));
                        break;
                    case RedactionOperator.Remove:
                        break;
                    default:
                        sb.Append(vault.GetOrAddPlaceholder(entries, value, restorable: !m.IsSecret && !inResponse));
                        break;
                }
            }

            sb.Append(text.AsSpan(copied, length - copied));
            return sb.ToString();
        }
        finally
        {
            sb.Dispose();
        }
    }

    private void ThrowIfBlocked(ReadOnlySpan<RedactionMatch> matches)
    {
        foreach (RedactionMatch m in matches)
        {
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Block)
            {
                int count = 0;
                foreach (RedactionMatch other in matches)
                {
                    count += string.Equals(other.EntityType, m.EntityType, StringComparison.Ordinal) ? 1 : 0;
                }

                throw new SensitiveDataBlockedException(m.EntityType, count);
            }
        }
    }

    /// <summary>Masks letters, digits and surrogate pairs except the last <paramref name="keepLast"/>; keeps punctuation.</summary>
    internal static void AppendMask(ref PooledCharBuffer sb, ReadOnlySpan<char> value, int keepLast, char mask)
    {
        int keepFrom = value.Length;
        int kept = 0;
        for (int k = value.Length - 1; k >= 0 && kept < keepLast; k--)
        {
            if (char.IsLowSurrogate(value[k]) && k > 0 && char.IsHighSurrogate(value[k - 1]))
            {
                k--;
                keepFrom = k;
                kept++;
            }
            else if (char.IsLetterOrDigit(value[k]) || char.IsSurrogate(value[k]))
            {
                keepFrom = k;
                kept++;
            }
        }

        for (int k = 0; k < keepFrom; k++)
        {
            char c = value[k];
            if (char.IsHighSurrogate(c) && k + 1 < value.Length && char.IsLowSurrogate(value[k + 1]))
            {
                sb.Append(mask);
                k++;
            }
            else
            {
                sb.Append(char.IsLetterOrDigit(c) || char.IsSurrogate(c) ? mask : c);
            }
        }

        sb.Append(value[keepFrom..]);
    }
}
