using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// The innermost link of every pipeline: removes Governance.AI's own request keys (the caller, per-call policy
/// switches) so that tenant and user ids never reach the provider. It clones only when there is something to remove.
/// </summary>
internal sealed class ProviderBoundaryChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, StripGovernanceKeys(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, StripGovernanceKeys(options), cancellationToken);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ChatOptions? StripGovernanceKeys(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { Count: > 0 } properties || !HasGovernanceKey(properties))
        {
            return options;
        }

        ChatOptions clone = options.Clone();
        var kept = new AdditionalPropertiesDictionary();
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (!GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                kept[pair.Key] = pair.Value;
            }
        }

        clone.AdditionalProperties = kept.Count == 0 ? null : kept;
        return clone;
    }

    private static bool HasGovernanceKey(AdditionalPropertiesDictionary properties)
    {
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                return true;
            }
        }

        return false;
    }
}
