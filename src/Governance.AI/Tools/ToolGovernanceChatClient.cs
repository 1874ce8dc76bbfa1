using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tools;

/// <summary>
/// Governs the tools of a function-calling turn. Placed outside <c>UseFunctionInvocation()</c>, it replaces each
/// <see cref="AIFunction"/> in <see cref="ChatOptions.Tools"/> with a governed wrapper for the caller: a denied tool
/// never runs (the model gets a refusal result, the response lists it under
/// <see cref="ToolGovernanceProperties.DeniedTools"/>); an approval-required tool becomes an
/// <see cref="ApprovalRequiredAIFunction"/>, so the loop pauses with a <see cref="ToolApprovalRequestContent"/>;
/// each call passes its rate limit, timeout and circuit breaker; a repeated state-changing call replays its first
/// result; and every call is audited. Turn limits are metered by a <see cref="TurnBudgetChatClient"/> inside the loop.
/// </summary>
public sealed class ToolGovernanceChatClient : DelegatingChatClient
{
    /// <summary>The policy name used in errors and audit.</summary>
    public const string PolicyName = "tools";

    private readonly ConcurrentDictionary<string, ToolRuntime> _runtimes = new(StringComparer.Ordinal);
    private readonly CallerContextResolver _callers;
    private readonly IToolAuditSink? _auditSink;

    /// <summary>Initializes a new instance of the <see cref="ToolGovernanceChatClient"/> class.</summary>
    /// <param name="innerClient">The client it wraps, normally a <see cref="FunctionInvokingChatClient"/>.</param>
    /// <param name="options">The options; validated now.</param>
    /// <param name="auditSink">Receives an audit record per tool call; none when <see langword="null"/>.</param>
    /// <param name="idempotencyStore">Keeps state-changing results for replay; a new in-memory store when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock of rate limits, timeouts, breakers and durations; the system clock when <see langword="null"/>.</param>
    /// <param name="callerResolver">Finds the caller; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    public ToolGovernanceChatClient(
        IChatClient innerClient,
        ToolGovernanceOptions options,
        IToolAuditSink? auditSink = null,
        IIdempotencyStore? idempotencyStore = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        IdempotencyStore = idempotencyStore ?? new InMemoryIdempotencyStore(TimeProvider);
        _auditSink = auditSink;
        _callers = callerResolver ?? CallerContextResolver.Default;
    }

    /// <summary>Gets the options.</summary>
    public ToolGovernanceOptions Options { get; }

    internal TimeProvider TimeProvider { get; }

    internal IIdempotencyStore IdempotencyStore { get; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        (ChatOptions? governed, ToolTurn turn) = Govern(options);
        ChatResponse response = await base.GetResponseAsync(messages, governed, cancellationToken).ConfigureAwait(false);
        AdditionalPropertiesDictionary? metadata = TurnMetadata(turn);
        if (metadata is not null)
        {
            response.AdditionalProperties ??= [];
            foreach (KeyValuePair<string, object?> entry in metadata)
            {
                response.AdditionalProperties[entry.Key] = entry.Value;
            }
        }

        return response;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The turn's properties (known once the turn ends) ride on its last update, the one with the finish reason, as
    /// in the non-streamed response: nothing follows the finish reason.
    /// </remarks>
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingUpdates.CoalesceTail(GovernStreamAsync(messages, options, cancellationToken), cancellationToken);

    internal void Audit(ToolAuditRecord record) => _auditSink?.Record(record);

    private async IAsyncEnumerable<ChatResponseUpdate> GovernStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (ChatOptions? governed, ToolTurn turn) = Govern(options);
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, governed, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }

        // A properties-only update, merged by CoalesceTail into the update before it.
        if (TurnMetadata(turn) is { } metadata)
        {
            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, AdditionalProperties = metadata };
        }
    }

    private (ChatOptions? Options, ToolTurn Turn) Govern(ChatOptions? options)
    {
        CallerContext caller = _callers.Resolve(options);
        var turn = new ToolTurn(Options.MaxRoundTripsPerTurn, Options.MaxTokensPerTurn, caller.TenantId is { } tenant ? "tenant:" + tenant : null);
        if (options?.Tools is not { Count: > 0 } tools && !turn.HasLimits)
        {
            return (options, turn);
        }

        ChatOptions governed = options?.Clone() ?? new ChatOptions();
        if (options?.Tools is { Count: > 0 } original)
        {
            var wrapped = new List<AITool>(original.Count);
            for (int i = 0; i < original.Count; i++)
            {
                wrapped.Add(Wrap(original[i], caller, turn));
            }

            governed.Tools = wrapped;
        }

        if (turn.HasLimits)
        {
            governed.AdditionalProperties = governed.AdditionalProperties is { } existing ? new AdditionalPropertiesDictionary(existing) : [];
            governed.AdditionalProperties[ToolGovernanceProperties.Turn] = turn;
        }

        return (governed, turn);
    }

    private AITool Wrap(AITool tool, CallerContext caller, ToolTurn turn)
    {
        // An application's own ApprovalRequiredAIFunction stays inside the wrapper, which exposes it through GetService
        // as function invocation expects, so its approval still applies.
        if (tool is not AIFunction function)
        {
            return tool;
        }

        GovernedAIFunction governed = Govern(function, caller, turn, out bool allowed);

        // A denied tool is refused outright; asking a human to approve it would be pointless.
        return allowed && governed.RequiresApproval ? new ApprovalRequiredAIFunction(governed) : governed;
    }

    private GovernedAIFunction Govern(AIFunction function, CallerContext caller, ToolTurn turn, out bool allowed)
    {
        ToolRuntime runtime = _runtimes.GetOrAdd(
            function.Name,
            static (name, self) => new ToolRuntime(self.Options.Tools.TryGetValue(name, out ToolPolicy? policy) ? policy : null, self.TimeProvider),
            this);
        allowed = Options.IsAllowed(caller, function.Name);
        return new GovernedAIFunction(function, this, runtime, caller, turn, allowed);
    }

    private static AdditionalPropertiesDictionary? TurnMetadata(ToolTurn turn)
    {
        if (turn.HasLimits && turn.RoundTrips == 0)
        {
            throw new InvalidOperationException(
                "Tool governance has turn limits but no turn meter saw the model calls: add UseToolTurnBudget() after UseFunctionInvocation().");
        }

        IReadOnlyList<string>? denied = turn.Denied;
        if (denied is null && !turn.HasLimits)
        {
            return null;
        }

        var metadata = new AdditionalPropertiesDictionary();
        if (denied is not null)
        {
            metadata[ToolGovernanceProperties.DeniedTools] = denied;
        }

        if (turn.HasLimits)
        {
            metadata[ToolGovernanceProperties.RoundTrips] = turn.RoundTrips;
        }

        return metadata;
    }
}
