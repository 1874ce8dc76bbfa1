using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <content>Reading a request: the model it asks for, the capabilities and prompt size it needs, the downgrade, sticky key, canary draw and content rule that apply.</content>
internal sealed partial class RouteSelector
{
    private const double ImageTokens = 85;

    /// <summary>Reads what a request asks for and needs.</summary>
    public void Analyze(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CallerContextResolver? callers, out RouteRequest request)
    {
        request = default;
        request.Model = options?.ModelId;
        request.OutputTokens = options?.MaxOutputTokens ?? table.Options.ExpectedOutputTokens;
        if (options is not null)
        {
            if (options.Tools is { Count: > 0 })
            {
                request.Needs |= BackendCapabilities.Tools;
            }

            if (options.ResponseFormat is ChatResponseFormatJson)
            {
                request.Needs |= BackendCapabilities.JsonResponse;
            }
        }

        bool preferCheaper = options?.AdditionalProperties is { Count: > 0 } properties &&
            PropertyLookup.TryGetValue(properties, GovernanceProperties.PreferCheaperModel, out object? prefer) && prefer is true;

        if (table.NeedsMessageScan || preferCheaper)
        {
            ScanMessages(messages, out int promptTokens, out bool hasImages);
            if (hasImages)
            {
                request.Needs |= BackendCapabilities.Vision;
            }

            request.PromptTokens = promptTokens;
        }

        request.GroupMask = table.GroupOf(request.Model);
        if (preferCheaper)
        {
            if (request.Model is not null && table.Downgrades.TryGetValue(request.Model, out string? cheaper))
            {
                request.DowngradedTo = cheaper;
            }

            request.PreferCheapest = true;
        }

        if (table.Options.StickySessions)
        {
            string? key = options?.AdditionalProperties is { Count: > 0 } props && PropertyLookup.TryGetValue(props, RoutingProperties.StickyKey, out object? sticky) && sticky is string s
                ? s
                : options?.ConversationId;
            request.StickyHash = string.IsNullOrEmpty(key) ? 0 : RouterRandom.Hash(key);
        }

        if (table.CanaryMask != 0)
        {
            request.CanaryDraw = 100 * (request.StickyHash != 0
                ? (RouterRandom.Mix(request.StickyHash ^ 0x5851F42D4C957F2DUL) >> 11) * (1.0 / (1UL << 53))
                : Random.NextDouble());
        }

        if (table.Rules.Length > 0)
        {
            request.RuleMask = MatchRules(table, ref request, options, callers);
        }
    }

    private static ulong MatchRules(RouteTable table, ref RouteRequest request, ChatOptions? options, CallerContextResolver? callers)
    {
        CallerContext? caller = table.RulesNeedCaller ? (callers ?? CallerContextResolver.Default).Resolve(options) : null;
        foreach (CompiledRule rule in table.Rules)
        {
            if ((rule.Model is null || string.Equals(rule.Model, request.Model, StringComparison.OrdinalIgnoreCase)) &&
                request.PromptTokens >= rule.MinPromptTokens &&
                request.PromptTokens <= rule.MaxPromptTokens &&
                (request.Needs & rule.RequestUses) == rule.RequestUses &&
                (rule.TagKey is null || (caller is not null && caller.Tags.TryGetValue(rule.TagKey, out string? value) &&
                    (rule.TagValue is null || string.Equals(rule.TagValue, value, StringComparison.OrdinalIgnoreCase)))))
            {
                return rule.Targets;
            }
        }

        return 0;
    }

    /// <summary>Estimates prompt tokens (about four characters a token, four per message, a fixed amount per image) and finds images.</summary>
    private static void ScanMessages(IEnumerable<ChatMessage> messages, out int tokens, out bool hasImages)
    {
        double estimate = 3;
        hasImages = false;
        if (messages is IList<ChatMessage> list)
        {
            for (int m = 0; m < list.Count; m++)
            {
                estimate += ScanMessage(list[m], ref hasImages);
            }
        }
        else
        {
            foreach (ChatMessage message in messages)
            {
                estimate += ScanMessage(message, ref hasImages);
            }
        }

        tokens = estimate >= int.MaxValue ? int.MaxValue : (int)estimate;
    }

    private static double ScanMessage(ChatMessage message, ref bool hasImages)
    {
        double tokens = 4;
        IList<AIContent> contents = message.Contents;
        for (int c = 0; c < contents.Count; c++)
        {
            switch (contents[c])
            {
                case TextContent text:
                    tokens += (text.Text?.Length ?? 0) / 4.0;
                    break;
                case DataContent data when data.HasTopLevelMediaType("image"):
                    hasImages = true;
                    tokens += ImageTokens;
                    break;
                case UriContent uri when uri.HasTopLevelMediaType("image"):
                    hasImages = true;
                    tokens += ImageTokens;
                    break;
            }
        }

        return tokens;
    }
}
