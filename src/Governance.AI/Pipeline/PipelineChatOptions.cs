using System.Reflection;
using Governance.AI.Routing;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// A copy of a request's options that a governance stage made for that one request and hands to the next link only,
/// when that link is the router or the provider boundary: those remove Governance.AI's keys from it in place instead
/// of copying the options a second time (the caller's own options are never changed).
/// </summary>
/// <remarks>
/// <para>Safe because the stage that makes the copy reads nothing from it after handing it on, and the router and the
/// boundary read the keys before removing them. A provider that clones it gets plain <see cref="ChatOptions"/>.</para>
/// <para>The copy shares the caller's property dictionary until something would change it
/// (<see cref="OwnProperties"/>): <see cref="ChatOptions"/>' copy constructor always clones the dictionary, the
/// dearest part of the copy, and a request's dictionary usually holds nothing but the caller and a switch, which the
/// boundary drops whole. So the copy is made property by property, but only while <see cref="ChatOptions"/> has
/// exactly the properties this copy knows (checked once per process): a Microsoft.Extensions.AI version with more
/// gets the copy constructor, so no property is ever dropped.</para>
/// </remarks>
internal sealed class PipelineChatOptions : ChatOptions
{
    /// <summary>The properties of <see cref="ChatOptions"/> that <see cref="CopySharing"/> copies.</summary>
    internal static readonly string[] CopiedProperties =
    [
        nameof(AdditionalProperties), nameof(AllowBackgroundResponses), nameof(AllowMultipleToolCalls), nameof(ContinuationToken),
        nameof(ConversationId), nameof(FrequencyPenalty), nameof(Instructions), nameof(MaxOutputTokens), nameof(ModelId),
        nameof(PresencePenalty), nameof(RawRepresentationFactory), nameof(Reasoning), nameof(ResponseFormat), nameof(Seed),
        nameof(StopSequences), nameof(Temperature), nameof(ToolMode), nameof(Tools), nameof(TopK), nameof(TopP),
    ];

    /// <summary>Whether <see cref="ChatOptions"/> has no property but <see cref="CopiedProperties"/>.</summary>
    internal static readonly bool KnowsEveryProperty = HasOnly(typeof(ChatOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance), CopiedProperties);

    /// <summary>The caller's dictionary while this copy shares it; <see langword="null"/> once the copy has its own.</summary>
    private AdditionalPropertiesDictionary? _shared;

    private PipelineChatOptions(ChatOptions? source)
        : base(source)
    {
    }

    /// <summary>Copies options for one request that is handed to <paramref name="next"/> only.</summary>
    /// <param name="source">The options received, or <see langword="null"/>.</param>
    /// <param name="next">The link the copy is handed to.</param>
    /// <returns>
    /// A copy the caller may change (its dictionary through <see cref="OwnProperties"/> when it is a
    /// <see cref="PipelineChatOptions"/>); owned by the pipeline when <paramref name="next"/> strips in place. Options
    /// of a type derived from <see cref="ChatOptions"/> are copied with their own <see cref="ChatOptions.Clone"/>,
    /// which keeps their type and state.
    /// </returns>
    public static ChatOptions CopyFor(ChatOptions? source, IChatClient next) =>
        next is not (ProviderBoundaryChatClient or ModelRouterChatClient) ? source?.Clone() ?? new ChatOptions()
        : source is null ? new PipelineChatOptions(null)
        : CopyOf(source);

    /// <summary>
    /// Copies options for the request they came with: a <see cref="PipelineChatOptions"/> (sharing the dictionary
    /// when it can) for plain options, the options' own <see cref="ChatOptions.Clone"/> for a derived type.
    /// </summary>
    /// <param name="source">The options.</param>
    /// <returns>The copy.</returns>
    public static ChatOptions CopyOf(ChatOptions source) =>
        source.GetType() != typeof(ChatOptions) ? source.Clone()
        : KnowsEveryProperty && source.Reasoning is null ? CopySharing(source)
        : new PipelineChatOptions(source);

    /// <summary>
    /// Gets the dictionary of properties this copy may change: its own, cloned from the caller's on the first change.
    /// </summary>
    /// <returns>The dictionary (made when the copy has none).</returns>
    public AdditionalPropertiesDictionary OwnProperties()
    {
        AdditionalPropertiesDictionary? properties = AdditionalProperties;
        if (properties is null)
        {
            return AdditionalProperties = [];
        }

        if (ReferenceEquals(properties, _shared))
        {
            properties = AdditionalProperties = properties.Clone();
        }

        _shared = null;
        return properties;
    }

    /// <summary>
    /// Gets whether this copy's dictionary is still the caller's: it must be cloned (<see cref="OwnProperties"/>)
    /// before the copy leaves the pipeline with it.
    /// </summary>
    public bool SharesProperties => _shared is not null && ReferenceEquals(AdditionalProperties, _shared);

    /// <summary>
    /// The copy constructor's copy (new lists of stop sequences and tools, the same values otherwise) except the
    /// dictionary, which is shared until changed. Only for options without <see cref="ChatOptions.Reasoning"/>, whose
    /// copy the constructor makes with an internal clone.
    /// </summary>
    private static PipelineChatOptions CopySharing(ChatOptions source) => new(null)
    {
        _shared = source.AdditionalProperties,
        AdditionalProperties = source.AdditionalProperties,
        AllowBackgroundResponses = source.AllowBackgroundResponses,
        AllowMultipleToolCalls = source.AllowMultipleToolCalls,
        ContinuationToken = source.ContinuationToken,
        ConversationId = source.ConversationId,
        FrequencyPenalty = source.FrequencyPenalty,
        Instructions = source.Instructions,
        MaxOutputTokens = source.MaxOutputTokens,
        ModelId = source.ModelId,
        PresencePenalty = source.PresencePenalty,
        RawRepresentationFactory = source.RawRepresentationFactory,
        ResponseFormat = source.ResponseFormat,
        Seed = source.Seed,
        StopSequences = source.StopSequences is { } stops ? [.. stops] : null,
        Temperature = source.Temperature,
        ToolMode = source.ToolMode,
        Tools = source.Tools is { } tools ? [.. tools] : null,
        TopK = source.TopK,
        TopP = source.TopP,
    };

    private static bool HasOnly(PropertyInfo[] properties, string[] names)
    {
        foreach (PropertyInfo property in properties)
        {
            if (Array.IndexOf(names, property.Name) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
