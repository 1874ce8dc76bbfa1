using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;

namespace Governance.AI.Tokenization;

/// <summary>Builds the DI-registered <see cref="TokenCounterProvider"/> from <see cref="TokenizerOptions"/>.</summary>
internal static class TokenizerServices
{
    /// <summary>The section, under the governance configuration path, that binds <see cref="TokenizerOptions"/>.</summary>
    public const string SectionName = "Tokenizers";

    /// <summary>Creates the provider: options bound from <c>{configurationPath}:Tokenizers</c>, tokenizers resolved from DI or files.</summary>
    public static TokenCounterProvider CreateProvider(IServiceProvider services, IConfiguration? configuration, string configurationPath)
    {
        var options = new TokenizerOptions();
        (configuration ?? services.GetService<IConfiguration>())?.GetSection(configurationPath + ":" + SectionName).Bind(options);
        return CreateProvider(services, options);
    }

    /// <summary>Creates the provider from options; each configured tokenizer is resolved once.</summary>
    public static TokenCounterProvider CreateProvider(IServiceProvider services, TokenizerOptions options)
    {
        if (options.CountCacheCapacity < 0)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(TokenizerOptions.CountCacheCapacity)} must be 0 (off) or a positive number of entries; it is {options.CountCacheCapacity}.");
        }

        TokenCountCache? cache = options.CountCacheCapacity == 0 ? null : new TokenCountCache(options.CountCacheCapacity);
        var counters = new List<KeyValuePair<string, ITokenCounter>>();
        var byName = new Dictionary<string, ITokenCounter>(StringComparer.Ordinal);
        foreach ((string model, string source) in options.Models)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                throw new InvalidOperationException($"{SectionName}:Models:{model} is empty; set it to the key of a Tokenizer registered in DI or to a SentencePiece .model file.");
            }

            if (!byName.TryGetValue(source, out ITokenCounter? counter))
            {
                counter = new TokenizerTokenCounter(Resolve(services, model, source), source, cache);
                byName[source] = counter;
            }

            counters.Add(new(model, counter));
        }

        return new TokenCounterProvider(services.GetService<CalibratedTokenEstimator>() ?? new CalibratedTokenEstimator(), cache, counters);
    }

    private static Tokenizer Resolve(IServiceProvider services, string model, string source)
    {
        if (services.GetKeyedService<Tokenizer>(source) is { } registered)
        {
            return registered;
        }

        if (source.EndsWith(".model", StringComparison.OrdinalIgnoreCase) && File.Exists(source))
        {
            using FileStream stream = File.OpenRead(source);
            return SentencePieceTokenizer.Create(stream);
        }

        throw new InvalidOperationException(
            $"{SectionName}:Models:{model} is '{source}', which is neither the key of a Tokenizer registered in DI " +
            "(services.AddKeyedSingleton<Tokenizer>(key, ...)) nor an existing SentencePiece .model file.");
    }
}
