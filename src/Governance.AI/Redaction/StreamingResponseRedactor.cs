using System.Text;

namespace Governance.AI.Redaction;

/// <summary>
/// Redacts new sensitive values in a streamed response. It holds back the last <see cref="Holdback"/> characters
/// (and never releases a match, an open PEM block or a token that is still being written), so a value split across
/// chunks is seen whole before anything of it is released. Not thread-safe.
/// </summary>
internal sealed class StreamingResponseRedactor
{
    /// <summary>How much text is held back: longer than any short value (e-mail, phone, card, key) a chunk can split.</summary>
    internal const int Holdback = 256;

    /// <summary>Past this much held text, text is released even without a clean cut point.</summary>
    internal const int MaxPending = 64 * 1024;

    private readonly RedactionEngine _engine;
    private readonly RedactionVault _vault;
    private readonly StringBuilder _pending = new();
    private readonly List<RedactionMatch> _matches = [];
    private readonly int _holdback;
    private readonly int _maxPending;

    public StreamingResponseRedactor(RedactionEngine engine, RedactionVault vault)
    {
        _engine = engine;
        _vault = vault;

        // The held text is scanned whole, so it stays well under the engine's input limit.
        _maxPending = Math.Max(2, Math.Min(MaxPending, engine.Options.MaxInputLength / 2));
        _holdback = Math.Max(1, Math.Min(Holdback, _maxPending / 2));
    }

    public string Push(string chunk)
    {
        _pending.Append(chunk);
        if (_pending.Length <= _holdback)
        {
            return string.Empty;
        }

        string text = _pending.ToString();
        _matches.Clear();
        _engine.Analyze(text, _matches);
        int cut = FindCut(text);
        if (cut <= 0)
        {
            return string.Empty;
        }

        string released = _engine.Apply(text, cut, _matches, _vault, inResponse: true);
        _pending.Clear().Append(text, cut, text.Length - cut);
        return released;
    }

    public string Flush()
    {
        string text = _pending.ToString();
        _pending.Clear();
        return text.Length == 0 ? text : _engine.RedactResponse(text, _vault);
    }

    private int FindCut(string text)
    {
        int cut = text.Length - _holdback;
        foreach (RedactionMatch m in _matches)
        {
            if (m.Start < cut && m.End > cut)
            {
                cut = m.Start;
                break;
            }
        }

        int pem = text.LastIndexOf("-----BEGIN ", cut, StringComparison.Ordinal);
        if (pem >= 0 && text.IndexOf("-----END ", pem, StringComparison.Ordinal) < 0)
        {
            cut = pem;
        }

        // Cut only between two words ("letter, space, letter"): numbers, keys and addresses never look like that,
        // so a value still being written is never split.
        for (int k = cut; k >= 2; k--)
        {
            if (char.IsWhiteSpace(text[k - 1]) && char.IsLetter(text[k - 2]) && k < text.Length && char.IsLetter(text[k]))
            {
                int inside = MatchContaining(k);
                if (inside < 0)
                {
                    return k;
                }

                k = _matches[inside].Start + 1;
            }
        }

        return text.Length > _maxPending ? cut - (char.IsHighSurrogate(text[cut - 1]) ? 1 : 0) : 0;
    }

    private int MatchContaining(int index)
    {
        for (int k = 0; k < _matches.Count; k++)
        {
            if (_matches[k].Start < index && _matches[k].End > index)
            {
                return k;
            }
        }

        return -1;
    }
}
