using Governance.AI.Routing;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// A copy of a request's options that a governance stage made for that one request and hands to the next link only,
/// when that link is the router or the provider boundary: those remove Governance.AI's keys from it in place instead
/// of copying the options a second time (the caller's own options are never changed).
/// </summary>
/// <remarks>
/// Safe because the stage that makes the copy reads nothing from it after handing it on, and the router and the
/// boundary read the keys before removing them. A provider that clones it gets plain <see cref="ChatOptions"/>.
/// </remarks>
internal sealed class PipelineChatOptions : ChatOptions
{
    private PipelineChatOptions(ChatOptions? source)
        : base(source)
    {
    }

    /// <summary>Copies options for one request that is handed to <paramref name="next"/> only.</summary>
    /// <param name="source">The options received, or <see langword="null"/>.</param>
    /// <param name="next">The link the copy is handed to.</param>
    /// <returns>
    /// A copy the caller may change; owned by the pipeline when <paramref name="next"/> strips in place. Options of a
    /// type derived from <see cref="ChatOptions"/> are copied with their own <see cref="ChatOptions.Clone"/>, which
    /// keeps their type and state.
    /// </returns>
    public static ChatOptions CopyFor(ChatOptions? source, IChatClient next) =>
        (source is null || source.GetType() == typeof(ChatOptions)) && next is ProviderBoundaryChatClient or ModelRouterChatClient
            ? new PipelineChatOptions(source)
            : source?.Clone() ?? new ChatOptions();
}
