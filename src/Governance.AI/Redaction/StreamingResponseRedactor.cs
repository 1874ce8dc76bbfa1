using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Governance.AI.Redaction;

/// <summary>
/// Redacts new sensitive values in a streamed response. It holds back only the end of the text that could still
/// become (or change) a match of the configured recognizers, and releases the rest at once; a value split across
/// chunks is therefore seen whole before anything of it is released. Not thread-safe.
/// </summary>
/// <remarks>
/// What is held, by recognizer: the last word (an e-mail, key, token, address or number being written: none of them
/// contains white space); for phone, card, SSN and IBAN, the trailing words that could be groups of one spaced value;
/// a number that ended less than <see cref="RedactionEngine.ContextAfter"/> characters ago (a context word after it can
/// still raise its confidence); an open PEM block. Custom recognizers are opaque regular expressions whose partial
/// matches cannot be derived: with any configured, the last <see cref="CustomPatternHoldback"/> characters are held.
/// The last <see cref="RedactionEngine.ContextBefore"/> released characters are kept (not re-sent) as the context
/// of the next matches.
/// </remarks>
internal sealed class StreamingResponseRedactor
{
    /// <summary>Past this much held text, text is released even without a clean cut point.</summary>
    internal const int MaxPending = 64 * 1024;

    /// <summary>The longest spaced value of the built-in recognizers: an IBAN in groups (34 characters and 8 spaces),
    /// an international phone number with an extension.</summary>
    internal const int MaxSpacedValue = 48;

    /// <summary>How far back text is held when custom recognizers are configured.</summary>
    internal const int CustomPatternHoldback = 256;

    private const BuiltInRecognizers SpacedValues =
        BuiltInRecognizers.Phone | BuiltInRecognizers.CreditCard | BuiltInRecognizers.UsSsn | BuiltInRecognizers.Iban | BuiltInRecognizers.NationalId;

    /// <summary>Numbers whose confidence context words after them can raise.</summary>
    private const BuiltInRecognizers ContextNumbers = SpacedValues | BuiltInRecognizers.IPv4;

    private static readonly SearchValues<char> Separators = SearchValues.Create("()+-./");

    private readonly RedactionEngine _engine;
    private readonly RedactionVault _vault;

    /// <summary>The released context (<see cref="_context"/> characters, original text), then the held text.</summary>
    private readonly StringBuilder _window = new();
    private readonly List<RedactionMatch> _matches = [];
    private readonly List<RedactionMatch> _released = [];
    private readonly bool _words;
    private readonly bool _spaced;
    private readonly bool _numbers;
    private readonly bool _pem;
    private readonly int _customHoldback;
    private readonly int _maxPending;
    private int _context;

    public StreamingResponseRedactor(RedactionEngine engine, RedactionVault vault)
    {
        _engine = engine;
        _vault = vault;
        BuiltInRecognizers enabled = engine.Options.Recognizers;
        _words = enabled != BuiltInRecognizers.None;
        _spaced = (enabled & SpacedValues) != 0;
        _numbers = (enabled & ContextNumbers) != 0;
        _pem = (enabled & BuiltInRecognizers.PrivateKey) != 0;
        _customHoldback = engine.Options.CustomRecognizers.Count > 0 ? CustomPatternHoldback : 0;

        // The window is scanned whole, so it stays well under the engine's input limit.
        _maxPending = Math.Max(2, Math.Min(MaxPending, engine.Options.MaxInputLength / 2) - RedactionEngine.ContextBefore);
    }

    /// <summary>Accepts the next chunk and returns the text that can be released now, redacted.</summary>
    public string Push(string chunk)
    {
        _window.Append(chunk);
        if (_window.Length == _context)
        {
            return string.Empty;
        }

        string text = _window.ToString();
        int cut = HoldFrom(text);
        bool forced = text.Length - _context > _maxPending;
        if (cut <= _context && !forced)
        {
            return string.Empty;
        }

        _matches.Clear();
        _engine.Analyze(text, _matches);
        if (_numbers)
        {
            cut = Math.Min(cut, NumberContextStart(text));
        }

        foreach (RedactionMatch m in _matches)
        {
            if (m.Start < cut && m.End > cut)
            {
                cut = m.Start;
                break;
            }
        }

        if (cut <= _context)
        {
            if (!forced)
            {
                return string.Empty;
            }

            cut = text.Length - (_maxPending / 2);
            cut -= char.IsHighSurrogate(text[cut - 1]) ? 1 : 0;
        }

        return Release(text, cut);
    }

    /// <summary>Releases everything held, redacted, at the end of the stream.</summary>
    public string Flush()
    {
        if (_window.Length == _context)
        {
            return string.Empty;
        }

        string text = _window.ToString();
        _matches.Clear();
        _engine.Analyze(text, _matches);
        return Release(text, text.Length);
    }

    /// <summary>Redacts and returns the held text before <paramref name="cut"/>; keeps the context for what follows.</summary>
    private string Release(string text, int cut)
    {
        // Matches are relative to the window; those inside the released context were applied with earlier text.
        _released.Clear();
        foreach (RedactionMatch m in _matches)
        {
            if (m.Start >= _context && m.End <= cut)
            {
                _released.Add(m with { Start = m.Start - _context });
            }
        }

        string held = text[_context..cut];
        string released = _released.Count == 0 ? held : _engine.Apply(held, held.Length, CollectionsMarshal.AsSpan(_released), _vault, inResponse: true);
        int keepFrom = Math.Max(0, cut - RedactionEngine.ContextBefore);
        _window.Remove(0, keepFrom);
        _context = cut - keepFrom;
        return released;
    }

    /// <summary>Where the text that could still become or change a match begins (never inside the released context).</summary>
    private int HoldFrom(string text)
    {
        int end = text.Length;
        int from = end;
        if (_words)
        {
            from = WordStart(text, end);
        }

        if (_spaced)
        {
            from = Math.Min(from, SpacedValueStart(text, end));
        }

        if (_pem)
        {
            // Open until its END line is complete ("-----END PRIVATE KEY-----").
            int begin = text.LastIndexOf("-----BEGIN ", StringComparison.Ordinal);
            int endLine = begin < _context ? -1 : text.IndexOf("-----END ", begin, StringComparison.Ordinal);
            if (begin >= _context && (endLine < 0 || text.IndexOf("-----", endLine + 9, StringComparison.Ordinal) < 0))
            {
                from = Math.Min(from, begin);
            }
        }

        if (_customHoldback > 0 && end - _customHoldback < from)
        {
            from = WordStart(text, Math.Max(_context, end - _customHoldback));
        }

        return Math.Max(from, _context);
    }

    /// <summary>Where a number that ended less than <see cref="RedactionEngine.ContextAfter"/> characters ago begins,
    /// unless it is already a match (context words after a match only raise its confidence); the end otherwise.</summary>
    private int NumberContextStart(string text)
    {
        int end = text.Length;
        int matched = _matches.Count - 1;
        for (int k = end - 1; k >= Math.Max(_context, end - RedactionEngine.ContextAfter - 1); k--)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                continue;
            }

            while (matched >= 0 && _matches[matched].Start > k)
            {
                matched--;
            }

            if (matched >= 0 && _matches[matched].End > k)
            {
                k = _matches[matched].Start;
                continue;
            }

            return Math.Min(WordStart(text, k + 1), _spaced ? SpacedValueStart(text, k + 1) : end);
        }

        return end;
    }

    /// <summary>The start of the word that ends at <paramref name="end"/> (<paramref name="end"/> after white space).</summary>
    private int WordStart(string text, int end)
    {
        int k = end;
        while (k > _context && !char.IsWhiteSpace(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>The start of the trailing words, separated by single spaces, that could be the groups of one spaced
    /// value still being written ("+44 20 7946", "DE89 3704 0044"); <paramref name="end"/> when there are none.</summary>
    private int SpacedValueStart(string text, int end)
    {
        int start = end;
        int k = end;
        bool digits = false;
        while (k > _context)
        {
            int word = WordStart(text, k);
            ReadOnlySpan<char> w = text.AsSpan(word, k - word);
            bool hasDigit = false;
            if ((w.Length > 0 && !IsValueGroup(w, out hasDigit)) || end - word > MaxSpacedValue)
            {
                break;
            }

            digits |= hasDigit;
            start = word;
            if (word == _context || text[word - 1] != ' ')
            {
                break;
            }

            k = word - 1;
        }

        // Words of capitals alone ("THE USA") are not a value yet; the last word is held anyway.
        return digits ? start : end;
    }

    /// <summary>Whether a word can be a group of a spaced value: it has a digit, or is separators only ("(", "-"),
    /// or up to four capitals and digits (an IBAN group), or an extension marker (or its start).</summary>
    private static bool IsValueGroup(ReadOnlySpan<char> word, out bool hasDigit)
    {
        hasDigit = word.ContainsAnyInRange('0', '9');
        if (hasDigit || !word.ContainsAnyExcept(Separators))
        {
            return true;
        }

        if (word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return true;
        }

        // "x", or "ext." or the start of it ("e", "ex" while it is being written).
        return word.Equals("x", StringComparison.OrdinalIgnoreCase) || "ext.".AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase);
    }
}
