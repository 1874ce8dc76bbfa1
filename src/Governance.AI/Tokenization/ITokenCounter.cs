using Microsoft.Extensions.AI;

namespace Governance.AI.Tokenization;

/// <summary>Counts the tokens a model sees for a text or a chat request.</summary>
public interface ITokenCounter
{
    /// <summary>Gets a value indicating whether counts are exact for the model (a real tokenizer) or estimated.</summary>
    bool IsExact { get; }

    /// <summary>Counts the tokens of plain text. Special-token strings inside the text count as ordinary text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of tokens.</returns>
    int CountTokens(ReadOnlySpan<char> text);

    /// <summary>
    /// Counts the prompt tokens of a chat request: message contents plus the chat format's per-message overhead,
    /// the reply priming and the tool definitions in <paramref name="options"/>.
    /// </summary>
    /// <param name="messages">The request messages.</param>
    /// <param name="options">The request options, whose tools are counted.</param>
    /// <returns>The number of prompt tokens.</returns>
    int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null);
}

/// <summary>Gives the <see cref="ITokenCounter"/> for a model id.</summary>
public interface ITokenCounterProvider
{
    /// <summary>Gets the counter for a model; never <see langword="null"/> (an estimator for unknown models).</summary>
    /// <param name="modelId">The model id, for example <c>gpt-4o-2024-08-06</c>; <see langword="null"/> for the default.</param>
    /// <returns>The counter.</returns>
    ITokenCounter GetCounter(string? modelId);

    /// <summary>
    /// Feeds provider-reported usage back so that estimating counters learn the model's ratio. Call it after a
    /// response with the estimate the model's counter produced and the provider-reported tokens for the same input.
    /// </summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="estimatedTokens">The tokens this provider's counter estimated.</param>
    /// <param name="reportedTokens">The tokens the provider reported for the same input.</param>
    /// <remarks>The default implementation does nothing: providers with exact counters have nothing to learn.</remarks>
    void Calibrate(string? modelId, int estimatedTokens, int reportedTokens)
    {
    }
}
