using System.Runtime.InteropServices;

namespace Governance.AI.Redaction;

/// <content>Redacting a text, with the analyses and first redactions of repeated texts remembered.</content>
public sealed partial class RedactionEngine
{
    /// <summary>Texts shorter than this are analyzed every time: hashing them costs about as much.</summary>
    private const int MemoMinimumLength = 32;

    /// <summary>How many analyzed texts an engine remembers (about 56 bytes each, plus the matches of texts that have any).</summary>
    private const int MemoCapacity = 4096;

    /// <summary>How many redacted texts an engine remembers, each at most <see cref="FirstRedactionMaxLength"/>
    /// characters: at most 4 MB of redacted (never original) text.</summary>
    private const int FirstRedactionMemoCapacity = 512;

    private const int FirstRedactionMaxLength = 4096;

    private string Redact(string text, RedactionVault vault, bool inResponse, TextDigests? digests)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vault);
        if (_analyses is not null && text.Length >= MemoMinimumLength)
        {
            UInt128 hash = digests is null ? TextDigests.Hash(text) : digests.HashOf(text);
            RedactionMatch[] found = AnalyzeMemoized(text, hash);
            if (found.Length == 0)
            {
                return text;
            }

            return !inResponse && vault.IsEmpty && text.Length <= FirstRedactionMaxLength && IsReplayable(found)
                ? RedactFirst(text, hash, found, vault)
                : Apply(text, text.Length, found, vault, inResponse);
        }

        List<RedactionMatch> matches = RentList(ref t_matches);
        try
        {
            Analyze(text, matches);
            return matches.Count == 0 ? text : Apply(text, text.Length, CollectionsMarshal.AsSpan(matches), vault, inResponse);
        }
        finally
        {
            ReturnList(ref t_matches, matches);
        }
    }

    /// <summary>Redacts a request text into an empty vault: the remembered form with the vault filled as
    /// <see cref="Apply"/> fills it, or the text applied and remembered.</summary>
    private string RedactFirst(string text, UInt128 hash, RedactionMatch[] found, RedactionVault vault)
    {
        if (!_firstRedactions!.TryGet(hash, text.Length, 0, out string? redacted))
        {
            redacted = Apply(text, text.Length, found, vault, inResponse: false);
            _firstRedactions.Set(hash, text.Length, 0, redacted);
            return redacted;
        }

        ThrowIfBlocked(found);
        foreach (RedactionMatch m in found)
        {
            RedactionVault.TypeEntries entries = vault.Record(m.EntityType);
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Placeholder)
            {
                vault.GetOrAddPlaceholder(entries, text.AsSpan(m.Start, m.Length), restorable: !m.IsSecret);
            }
        }

        return redacted;
    }

    /// <summary>Gets a value indicating whether redacting the matches depends on nothing but the text and an empty
    /// vault: every operator but a pseudonym (whose key ring may rotate) does.</summary>
    private bool IsReplayable(RedactionMatch[] found)
    {
        foreach (RedactionMatch m in found)
        {
            if (PolicyFor(m.EntityType).Operator == RedactionOperator.Pseudonymize)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the matches of a text from the memo, or analyzes the text and remembers them.</summary>
    private RedactionMatch[] AnalyzeMemoized(string text, UInt128 hash)
    {
        // The engine is one options instance: the analysis depends on nothing but the text, so the tag is constant.
        if (_analyses!.TryGet(hash, text.Length, 0, out RedactionMatch[]? found))
        {
            return found;
        }

        List<RedactionMatch> matches = RentList(ref t_matches);
        try
        {
            Analyze(text, matches);
            found = matches.Count == 0 ? [] : matches.ToArray();
        }
        finally
        {
            ReturnList(ref t_matches, matches);
        }

        _analyses.Set(hash, text.Length, 0, found);
        return found;
    }
}
