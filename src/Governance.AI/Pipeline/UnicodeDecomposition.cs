using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Governance.AI.Pipeline;

/// <summary>
/// The canonical (NFD) or compatibility (NFKD) decomposition of text, also where the runtime cannot normalize.
/// <see cref="string.Normalize(NormalizationForm)"/> relies on ICU on Linux and macOS; under
/// <c>InvariantGlobalization</c> (chiseled and Alpine container images, trimmed and native AOT apps) it returns non-ASCII
/// text unchanged, so folding kept accents and compatibility forms: "Répète" never matched "repete", and the injection
/// rules of every language but English went blind. Where the runtime normalizes, it does the work; elsewhere a table
/// of every code point's full decomposition (generated from ICU, checked code point by code point against it by
/// <c>UnicodeDecompositionTests</c>) and Hangul's algorithmic decomposition give the same characters.
/// </summary>
/// <remarks>
/// The table path does not reorder combining marks into canonical order; every caller drops or ignores the marks, so
/// their order never matters to it.
/// </remarks>
internal static class UnicodeDecomposition
{
    /// <summary>The embedded table's manifest resource name.</summary>
    internal const string ResourceName = "Governance.AI.Pipeline.Resources.unicode-decompositions.txt.br";

    private const int HangulBase = 0xAC00, HangulCount = 11172, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    /// <summary>Gets a value indicating whether this process's runtime can normalize (it has ICU or is on Windows).</summary>
    internal static bool RuntimeNormalizes { get; } = "\u00E9".Normalize(NormalizationForm.FormD).Length == 2;

    /// <summary>Decomposes <paramref name="text"/>: NFKD when <paramref name="compatibility"/>, else NFD.</summary>
    public static string Decompose(string text, bool compatibility) =>
        RuntimeNormalizes
            ? text.Normalize(compatibility ? NormalizationForm.FormKD : NormalizationForm.FormD)
            : FromTable(text, compatibility);

    /// <summary>Decomposes <paramref name="text"/> with the embedded table alone (what a runtime without ICU uses).</summary>
    internal static string FromTable(string text, bool compatibility)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        Span<char> units = stackalloc char[2];
        foreach (Rune rune in text.EnumerateRunes())
        {
            int value = rune.Value;
            if (value < 0x80)
            {
                builder.Append((char)value);
            }
            else if (value - HangulBase is >= 0 and < HangulCount)
            {
                int index = value - HangulBase;
                builder.Append((char)(LeadBase + (index / (VowelCount * TrailCount))));
                builder.Append((char)(VowelBase + (index % (VowelCount * TrailCount) / TrailCount)));
                if (index % TrailCount != 0)
                {
                    builder.Append((char)(TrailBase + (index % TrailCount)));
                }
            }
            else if (Table.Entries.TryGetValue(value, out Table.Entry entry) && (compatibility ? entry.Compatibility : entry.Canonical) is { } decomposed)
            {
                builder.Append(decomposed);
            }
            else
            {
                builder.Append(units[..rune.EncodeToUtf16(units)]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The embedded table, loaded on first use (only a runtime without ICU, or the tests, ever read it).</summary>
    private static class Table
    {
        /// <summary>One code point's decompositions; <see langword="null"/> where it has none of that kind.</summary>
        internal readonly record struct Entry(string? Compatibility, string? Canonical);

        internal static readonly Dictionary<int, Entry> Entries = Load();

        // One line per code point that decomposes: "code;compatibility;canonical", code points in hex, a
        // decomposition as space-separated code points, "=" for a canonical decomposition equal to the compatibility
        // one and "" for none.
        private static Dictionary<int, Entry> Load()
        {
            using Stream stream = typeof(UnicodeDecomposition).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
            using var reader = new StreamReader(new BrotliStream(stream, CompressionMode.Decompress), Encoding.ASCII);
            var entries = new Dictionary<int, Entry>(6000);
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                string[] fields = line.Split(';');
                string? compatibility = CodePoints(fields[1]);
                string? canonical = fields[2] == "=" ? compatibility : CodePoints(fields[2]);
                entries.Add(int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), new Entry(compatibility, canonical));
            }

            return entries;
        }

        private static string? CodePoints(string field)
        {
            if (field.Length == 0)
            {
                return null;
            }

            var builder = new StringBuilder(4);
            foreach (string codePoint in field.Split(' '))
            {
                builder.Append(char.ConvertFromUtf32(int.Parse(codePoint, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            return builder.ToString();
        }
    }
}
