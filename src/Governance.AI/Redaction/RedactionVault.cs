using System.Text;

namespace Governance.AI.Redaction;

/// <summary>
/// The per-request memory of a redaction: which placeholder stands for which value, and how many values of each
/// type were redacted. The same value gets the same placeholder within the vault. Only personal data is kept for
/// restoration: a secret gets a placeholder but can never be restored. Not thread-safe; use one vault per request.
/// </summary>
public sealed class RedactionVault
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = new Dictionary<string, int>(StringComparer.Ordinal).AsReadOnly();

    // The counts of a request with a few values of one type (one e-mail), read-only and shared: a snapshot that never changes.
    private static readonly EntityTypeTable<IReadOnlyDictionary<string, int>> OneTypeCounts =
        new(8, static (entityType, count) => new Dictionary<string, int>(1, StringComparer.Ordinal) { [entityType] = count }.AsReadOnly());

    // Most requests redact nothing or a value or two: the maps hold their first two entries without a dictionary.
    private VaultMap<string> _restorable;
    private VaultMap<TypeEntries> _types;

    // The request whose placeholders are reserved when the first value is recorded (most answers redact nothing).
    private IEnumerable<Microsoft.Extensions.AI.ChatMessage>? _reserveMessages;
    private string? _reserveInstructions;

    /// <summary>Gets a snapshot of the number of values redacted so far, by entity type (never the values).</summary>
    public IReadOnlyDictionary<string, int> EntityCounts
    {
        get
        {
            int types = _types.Count;
            if (types == 0)
            {
                return NoCounts;
            }

            if (types == 1)
            {
                foreach (KeyValuePair<string, TypeEntries> only in _types)
                {
                    // A type only seen in the prompt's placeholders (reserved, never counted) counts nothing and is
                    // never put in the shared table: only types a recognizer reported are.
                    return only.Value.Count > 0 ? OneTypeCounts.Get(only.Key, only.Value.Count) : NoCounts;
                }
            }

            var counts = new Dictionary<string, int>(types, StringComparer.Ordinal);
            foreach (KeyValuePair<string, TypeEntries> entry in _types)
            {
                if (entry.Value.Count > 0)
                {
                    counts[entry.Key] = entry.Value.Count;
                }
            }

            return counts;
        }
    }

    /// <summary>Gets a value indicating whether nothing was recorded yet.</summary>
    internal bool IsEmpty => _types.Count == 0;

    /// <summary>Gets the number of placeholders that can be restored.</summary>
    public int RestorableCount => _restorable.Count;

    /// <summary>Gets the length of the longest restorable placeholder (0 when there is none).</summary>
    internal int MaxPlaceholderLength { get; private set; }

    /// <summary>Looks up the original value of a restorable placeholder.</summary>
    /// <param name="placeholder">The placeholder, for example <c>&lt;EMAIL_1&gt;</c>.</param>
    /// <param name="value">The original value.</param>
    /// <returns><see langword="true"/> if the placeholder is restorable.</returns>
    public bool TryGetOriginal(string placeholder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        ArgumentNullException.ThrowIfNull(placeholder);
        return _restorable.TryGetValue(placeholder, out value);
    }

    /// <summary>Looks up the original value of a restorable placeholder given as a span of a text.</summary>
    internal bool TryGetOriginal(ReadOnlySpan<char> placeholder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
        _restorable.TryGetValue(placeholder, out value);

    /// <summary>Replaces every restorable placeholder in a text by its original value. Unknown placeholders and
    /// placeholders of secrets are left as they are.</summary>
    /// <param name="text">The text, for example a model's response.</param>
    /// <returns>The restored text (the same instance when nothing was restored).</returns>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_restorable.Count == 0 || !text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        StringBuilder? sb = null;
        int copied = 0;
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            PlaceholderScan scan = ScanPlaceholder(text.AsSpan(i), out int length);
            if (scan == PlaceholderScan.Complete && _restorable.TryGetValue(text.AsSpan(i, length), out string? value))
            {
                sb ??= new StringBuilder(text.Length + 64);
                sb.Append(text, copied, i - copied).Append(value);
                i += length;
                copied = i;
            }
            else
            {
                i++;
            }
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Creates a restorer for a streamed response, which holds back a placeholder split across chunks.</summary>
    /// <returns>The restorer.</returns>
    public StreamingPlaceholderRestorer CreateStreamingRestorer() => new(this);

    /// <summary>Gets the entries of a type, counting one more redacted value of it.</summary>
    internal TypeEntries Record(string entityType)
    {
        if (_reserveMessages is { } messages)
        {
            _reserveMessages = null;
            ReservePlaceholders(messages, _reserveInstructions);
        }

        if (!_types.TryGetValue(entityType, out TypeEntries? entries))
        {
            entries = new TypeEntries(entityType);
            _types.Set(entityType, entries);
        }

        entries.Count++;
        return entries;
    }

    /// <summary>
    /// Has the placeholders of a redacted request (its texts, reasoning, string tool results and instructions)
    /// reserved, without counting them, before the first value is recorded: the provider-side step's placeholders
    /// then continue the numbering of the caller's.
    /// </summary>
    internal void ReservePlaceholdersOnFirstValue(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, string? instructions)
    {
        _reserveMessages = messages;
        _reserveInstructions = instructions;
    }

    private void ReservePlaceholders(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, string? instructions)
    {
        if (instructions is { Length: > 0 })
        {
            ReservePlaceholders(instructions);
        }

        foreach (Microsoft.Extensions.AI.ChatMessage message in messages)
        {
            IList<Microsoft.Extensions.AI.AIContent> contents = message.Contents;
            for (int i = 0; i < contents.Count; i++)
            {
                switch (contents[i])
                {
                    case Microsoft.Extensions.AI.TextContent { Text: { } text }:
                        ReservePlaceholders(text);
                        break;
                    case Microsoft.Extensions.AI.TextReasoningContent { Text: { } reasoning }:
                        ReservePlaceholders(reasoning);
                        break;
                    case Microsoft.Extensions.AI.FunctionResultContent { Result: string result }:
                        ReservePlaceholders(result);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Reserves the numbers of the placeholders in a text (a redacted prompt seen by the provider-side step), without
    /// counting them as redacted, so that a placeholder this vault creates never reuses a number the caller's vault
    /// restores.
    /// </summary>
    private void ReservePlaceholders(string text)
    {
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            ReadOnlySpan<char> rest = text.AsSpan(i);
            if (ScanPlaceholder(rest, out int length) != PlaceholderScan.Complete)
            {
                i++;
                continue;
            }

            ReadOnlySpan<char> name = rest[1..(length - 1)];
            int separator = name.LastIndexOf('_');
            if (int.TryParse(name[(separator + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            {
                ReadOnlySpan<char> entityType = name[..separator];
                if (!_types.TryGetValue(entityType, out TypeEntries? entries))
                {
                    entries = new TypeEntries(entityType.ToString());
                    _types.Set(entries.EntityType, entries);
                }

                entries.LastIndex = Math.Max(entries.LastIndex, index);
            }

            i += length;
        }
    }

    internal string GetOrAddPlaceholder(TypeEntries entries, ReadOnlySpan<char> value, bool restorable)
    {
        // Exact spelling first (no allocation on a repeat), then the normalized value ("4111 1111…" = "4111-1111…").
        // Both live in one map: normalizing is idempotent, so a spelling that equals another value's normalized form
        // is that value.
        if (entries.ByValue.TryGetValue(value, out string? placeholder))
        {
            return placeholder;
        }

        string text = value.ToString();
        string normalized = ValueNormalizer.Normalize(entries.EntityType, text);
        if (!entries.ByValue.TryGetValue(normalized, out placeholder))
        {
            placeholder = entries.NextPlaceholder();
            entries.ByValue.Set(normalized, placeholder);
            if (restorable)
            {
                _restorable.Set(placeholder, text);
                MaxPlaceholderLength = Math.Max(MaxPlaceholderLength, placeholder.Length);
            }
        }

        // A value already in normal form is its own spelling: it was just stored, or found, under that key.
        if (!string.Equals(text, normalized, StringComparison.Ordinal))
        {
            entries.ByValue.Set(text, placeholder);
        }

        return placeholder;
    }

    /// <summary>The placeholders and count of one entity type.</summary>
    internal sealed class TypeEntries(string entityType)
    {
        /// <summary>The placeholder of each value seen, by exact spelling and by normalized value (a field: the map is a mutable struct).</summary>
        public VaultMap<string> ByValue;

        public string EntityType { get; } = entityType;

        public int Count { get; set; }

        public int LastIndex { get; set; }

        /// <summary>Numbers the next value of this type: <c>&lt;TYPE_N&gt;</c>, the name shared by every vault.</summary>
        public string NextPlaceholder() => PlaceholderNames.Get(EntityType, ++LastIndex);
    }

    /// <summary>Scans a text that starts with '&lt;' for a placeholder <c>&lt;NAME_N&gt;</c>.</summary>
    internal static PlaceholderScan ScanPlaceholder(ReadOnlySpan<char> s, out int length)
    {
        length = 0;
        if (s.Length < 2)
        {
            return PlaceholderScan.Partial;
        }

        if (s[1] is < 'A' or > 'Z')
        {
            return PlaceholderScan.NotPlaceholder;
        }

        for (int k = 2; k < s.Length; k++)
        {
            char c = s[k];
            if (c == '>')
            {
                // The name must end with _digits.
                int d = k - 1;
                while (d > 1 && char.IsAsciiDigit(s[d]))
                {
                    d--;
                }

                if (d == k - 1 || s[d] != '_')
                {
                    return PlaceholderScan.NotPlaceholder;
                }

                length = k + 1;
                return PlaceholderScan.Complete;
            }

            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return PlaceholderScan.NotPlaceholder;
            }
        }

        return PlaceholderScan.Partial;
    }

    internal enum PlaceholderScan
    {
        NotPlaceholder,
        Partial,
        Complete,
    }
}
