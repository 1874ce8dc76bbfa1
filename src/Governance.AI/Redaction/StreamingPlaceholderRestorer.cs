using System.Text;

namespace Governance.AI.Redaction;

/// <summary>
/// Restores placeholders in a streamed response. A chunk's tail that could be the beginning of a placeholder
/// (<c>&lt;EMA</c>) is held back until the next chunk resolves it or proves it is not a placeholder;
/// <see cref="Flush"/> releases whatever is held at the end of the stream. Not thread-safe.
/// </summary>
public sealed class StreamingPlaceholderRestorer
{
    private readonly RedactionVault _vault;
    private readonly StringBuilder _pending = new();

    internal StreamingPlaceholderRestorer(RedactionVault vault) => _vault = vault;

    /// <summary>Gets a value indicating whether text is held back waiting for the next chunk.</summary>
    public bool HasPending => _pending.Length > 0;

    /// <summary>Accepts the next chunk and returns the text that can be released now, with placeholders restored.</summary>
    /// <param name="chunk">The chunk.</param>
    /// <returns>The releasable text; empty when everything is held back.</returns>
    public string Push(string? chunk)
    {
        if (string.IsNullOrEmpty(chunk))
        {
            return string.Empty;
        }

        if (_vault.RestorableCount == 0)
        {
            // Nothing can be restored: pass through (releasing anything held from before).
            return _pending.Length == 0 ? chunk : Drain() + chunk;
        }

        string text = _pending.Length == 0 ? chunk : string.Concat(_pending.ToString(), chunk);
        _pending.Clear();
        int lt = text.IndexOf('<', StringComparison.Ordinal);
        if (lt < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        int copied = 0;
        int max = _vault.MaxPlaceholderLength;
        for (int i = lt; i >= 0 && i < text.Length; i = text.IndexOf('<', i))
        {
            RedactionVault.PlaceholderScan scan = RedactionVault.ScanPlaceholder(text.AsSpan(i), out int length);
            if (scan == RedactionVault.PlaceholderScan.Partial && text.Length - i < max)
            {
                // A possible placeholder runs to the end of what we have: hold it back.
                output.Append(text, copied, i - copied);
                _pending.Append(text, i, text.Length - i);
                return output.ToString();
            }

            if (scan == RedactionVault.PlaceholderScan.Complete && _vault.TryGetOriginal(text.AsSpan(i, length), out string? value))
            {
                output.Append(text, copied, i - copied).Append(value);
                i += length;
                copied = i;
            }
            else
            {
                i++;
            }
        }

        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Releases whatever is held back, at the end of the stream.</summary>
    /// <returns>The held text, unchanged (it was not a complete placeholder).</returns>
    public string Flush() => Drain();

    private string Drain()
    {
        string held = _pending.ToString();
        _pending.Clear();
        return held;
    }
}
