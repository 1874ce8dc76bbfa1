using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// The innermost link of every pipeline: removes Governance.AI's own request keys (the caller, per-call policy
/// switches) so that tenant and user ids never reach the provider. It copies the options only when there is something
/// to remove and the options are not a <see cref="PipelineChatOptions"/> made for this request.
/// </summary>
internal sealed class ProviderBoundaryChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, StripGovernanceKeys(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, StripGovernanceKeys(options), cancellationToken);

    /// <summary>
    /// Returns the options without Governance.AI's keys: the options themselves when they have none, the same
    /// instance with the keys removed when a stage made it for this request (<see cref="PipelineChatOptions"/>, with a
    /// dictionary of its own by then), else a copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ChatOptions? StripGovernanceKeys(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { Count: > 0 } properties)
        {
            return options;
        }

        GovernanceKeys found = FindGovernanceKeys(properties);
        PipelineChatOptions? copy = options as PipelineChatOptions;
        if (found.First is null)
        {
            // A copy still sharing the caller's dictionary leaves the pipeline with one of its own.
            if (copy is { SharesProperties: true })
            {
                copy.OwnProperties();
            }

            return options;
        }

        // A copy's dictionary is its own (or becomes so): the keys are removed from it rather than from a second copy.
        ChatOptions stripped = copy ?? PipelineChatOptions.CopyOf(options);
        if ((found.HasOutputCap || found.More)
            && properties.TryGetValue(Tools.ToolGovernanceProperties.OutputCap, out object? value) && value is int cap
            && (stripped.MaxOutputTokens is not { } max || max > cap))
        {
            // A tool turn's cap on what the provider may write, kept out of the request the policies saw.
            stripped.MaxOutputTokens = cap;
        }

        if (!found.More && properties.Count == (found.Second is null ? 1 : 2))
        {
            // Nothing but governance keys (the caller and a switch, typically): none is kept, none is removed one by one.
            stripped.AdditionalProperties = null;
            return stripped;
        }

        AdditionalPropertiesDictionary kept = stripped is PipelineChatOptions own ? own.OwnProperties() : stripped.AdditionalProperties!;
        kept.Remove(found.First);
        if (found.Second is { } second)
        {
            kept.Remove(second);
        }

        while (found.More && FirstGovernanceKey(kept) is { } key)
        {
            kept.Remove(key);
        }

        if (kept.Count == 0)
        {
            stripped.AdditionalProperties = null;
        }

        return stripped;
    }

    /// <summary>Removes Governance.AI's keys in place from options a stage made for this request; returns other options unchanged.</summary>
    internal static ChatOptions? StripIfOwned(ChatOptions? options) => options is PipelineChatOptions ? StripGovernanceKeys(options) : options;

    /// <summary>Notes the first two governance keys in one pass (a request usually carries one or two: the caller, a switch),
    /// and whether a tool turn's output cap is among those seen.</summary>
    private static GovernanceKeys FindGovernanceKeys(AdditionalPropertiesDictionary properties)
    {
        GovernanceKeys found = default;
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (!GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                continue;
            }

            found.HasOutputCap |= string.Equals(pair.Key, Tools.ToolGovernanceProperties.OutputCap, StringComparison.Ordinal);
            if (found.First is null)
            {
                found.First = pair.Key;
            }
            else if (found.Second is null)
            {
                found.Second = pair.Key;
            }
            else
            {
                found.More = true;
                break;
            }
        }

        return found;
    }

    private static string? FirstGovernanceKey(AdditionalPropertiesDictionary properties)
    {
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                return pair.Key;
            }
        }

        return null;
    }

    /// <summary>The governance keys of a request's properties: the first two, and whether there are more.</summary>
    private struct GovernanceKeys
    {
        public string? First;
        public string? Second;
        public bool More;
        public bool HasOutputCap;
    }
}
