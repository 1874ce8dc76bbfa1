using System.Text;
using System.Text.Json;
using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

/// <summary>
/// Every Unicode code point in eight contexts, against tiktoken's ids (count and rolling hash per 2048 code points,
/// from tools/tiktoken-reference/generate-unicode-sweep.mjs): catches any character class the scanner gets wrong.
/// </summary>
public sealed class TiktokenUnicodeSweepTests
{
    [Theory]
    [InlineData(TiktokenEncoding.O200kBaseName)]
    [InlineData(TiktokenEncoding.Cl100kBaseName)]
    public void Every_code_point_tokenizes_like_tiktoken(string encodingName)
    {
        TiktokenEncoding encoding = TiktokenEncoding.GetEncoding(encodingName);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TokenizerCorpus.Directory, "tiktoken-unicode-sweep.json")));
        int chunkSize = json.RootElement.GetProperty("chunkSize").GetInt32();
        var mismatches = new List<string>();
        int chunks = 0;

        foreach (JsonElement chunk in json.RootElement.GetProperty("chunks").EnumerateArray())
        {
            chunks++;
            int start = chunk.GetProperty("start").GetInt32();
            JsonElement expected = chunk.GetProperty(encodingName);
            int[] ids = encoding.EncodeToIds(ChunkText(start, chunkSize));
            int hash = 0;
            foreach (int id in ids)
            {
                hash = unchecked((hash * 31) + id);
            }

            if (ids.Length != expected[0].GetInt32() || hash != expected[1].GetInt32())
            {
                mismatches.Add($"U+{start:X5}..U+{start + chunkSize - 1:X5}");
            }
        }

        Assert.Equal(0x110000 / chunkSize, chunks);
        Assert.Empty(mismatches);
    }

    private static string ChunkText(int start, int chunkSize)
    {
        var text = new StringBuilder(chunkSize * 32);
        for (int cp = start; cp < start + chunkSize && cp < 0x110000; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string c = char.ConvertFromUtf32(cp);
            text.Append('a').Append(c).Append("a A").Append(c).Append("A 1").Append(c).Append("1 ")
                .Append(c).Append("'s ").Append(c).Append("x ").Append(c).Append(c).Append(" !").Append(c).Append('\n');
        }

        return text.ToString();
    }
}
