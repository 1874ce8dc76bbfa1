namespace Governance.AI.Embeddings.MiniLM;

/// <summary>Options of <see cref="MiniLMEmbeddingGenerator"/>.</summary>
public sealed class MiniLMEmbeddingGeneratorOptions
{
    /// <summary>
    /// Gets or sets the most texts (or pieces of long texts) given to the encoder in one call. A call pads every
    /// text to the longest of its batch, so small batches waste less on uneven lengths. Default 16.
    /// </summary>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>
    /// Gets or sets the longest text, in characters, embedded in one piece. all-MiniLM-L6-v2 was trained on up to 128
    /// word pieces and its sentence-transformers configuration cuts input at 256; the packaged tokenizer cuts at 512
    /// and then drops the end-of-text marker. A longer text is therefore split at white space into pieces of at most
    /// this many characters (well under 256 word pieces for prose), each is embedded, and the text's embedding is the
    /// normalized mean of its pieces', so every part of it counts. Default 800.
    /// </summary>
    public int MaxPieceCharacters { get; set; } = 800;

    /// <summary>
    /// Gets or sets a value indicating whether the generator offers the semantic cache the English spelling corrector
    /// of <c>Governance.AI.Embeddings.Offline</c> (through <c>GetService(typeof(IPromptSpellingCorrector))</c>), which
    /// the cache applies before embedding and comparing prompts. MiniLM's word pieces read "recomend" as other pieces
    /// than "recommend", and the hit guard compares the corrected words: on the project's regression sets 72 of 103 typo
    /// pairs were served with the corrector and 27 without, at the recommended threshold. Default <see langword="true"/>; the
    /// vocabulary (5 MB) is loaded once per process, with the generator.
    /// </summary>
    public bool CorrectSpelling { get; set; } = true;

    internal void Validate()
    {
        if (MaxBatchSize < 1)
        {
            throw new ArgumentException($"MaxBatchSize must be at least 1 (was {MaxBatchSize}).", nameof(MaxBatchSize));
        }

        if (MaxPieceCharacters < 16)
        {
            throw new ArgumentException($"MaxPieceCharacters must be at least 16 (was {MaxPieceCharacters}).", nameof(MaxPieceCharacters));
        }
    }
}
