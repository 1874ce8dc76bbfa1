using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <content>What a backend is asked: the model it serves (or the downgrade) in options stripped of Governance.AI keys.</content>
public sealed partial class ModelRouterChatClient
{
    private static string? ModelFor(RouteTable table, int index, RouteCall call) =>
        table.Settings[index].Model ?? (IsDowngrade(table, index, call) ? call.Request.DowngradedTo : call.Options?.ModelId);

    /// <summary>The options a backend gets: without Governance.AI keys, with the backend's model; cloned only when something changes.</summary>
    private static ChatOptions? OptionsFor(RouteTable table, int index, RouteCall call)
    {
        ChatOptions? options = ProviderBoundaryChatClient.StripGovernanceKeys(call.Options);
        string? model = ModelFor(table, index, call);
        if (model is not null && !string.Equals(options?.ModelId, model, StringComparison.Ordinal))
        {
            if (options is null || ReferenceEquals(options, call.Options))
            {
                options = options?.Clone() ?? new ChatOptions();
            }

            options.ModelId = model;
        }

        return options;
    }
}
