using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Hedging;

namespace Governance.AI.Routing;

/// <content>Hedging: concurrent attempts on further backends, the pipeline that starts them, and the charges of the answers dropped.</content>
public sealed partial class ModelRouterChatClient
{
    private async ValueTask<ChatResponse> ExecuteHedgedAsync(RouteTable table, RouteCall call, ResiliencePipeline<ChatResponse> hedging, CancellationToken token)
    {
        var state = new HedgeState(this, table, call);
        ResilienceContext context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(HedgeStateKey, state);
        try
        {
            ChatResponse response = await hedging.ExecuteAsync(static (ctx, s) => s.RunNextAsync(ctx.CancellationToken), context, state).ConfigureAwait(false);
            response.AdditionalProperties![GovernanceProperties.RouteAttempts] = Boxed(Volatile.Read(ref call.Attempts));

            // Hedged attempts that also finished were billed though their answers are dropped: the budget charges them.
            state.ChargeAnswersOtherThan(response);
            ProviderCharge.AttachTo(response, call.Charges);
            return response;
        }
        catch (Exception ex) when (ex is not NoHealthyBackendException && IsFailover(table, ex, _time.GetUtcNow(), token))
        {
            throw NoHealthy(table, call, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<ChatResponse>? BuildHedging(RoutingOptions options)
    {
        RoutingHedgingOptions hedging = options.Resilience.Hedging;
        if (hedging.MaxHedgedAttempts == 0)
        {
            return null;
        }

        return new ResiliencePipelineBuilder<ChatResponse> { TimeProvider = _time, Name = "Governance.AI.Router.Hedging" }
            .AddHedging(new HedgingStrategyOptions<ChatResponse>
            {
                MaxHedgedAttempts = hedging.MaxHedgedAttempts,
                Delay = hedging.Delay,
                ShouldHandle = args => new ValueTask<bool>(
                    args.Outcome.Exception is { } ex && ex is not NoHealthyBackendException &&
                    args.Context.Properties.TryGetValue(HedgeStateKey, out HedgeState? state) &&
                    IsFailover(state.Table, ex, _time.GetUtcNow(), args.Context.CancellationToken)),
                ActionGenerator = args =>
                {
                    HedgeState state = args.PrimaryContext.Properties.GetValue(HedgeStateKey, null!);
                    if (!state.HasNext())
                    {
                        return null;
                    }

                    CancellationToken token = args.ActionContext.CancellationToken;
                    return async () =>
                    {
                        try
                        {
                            return Outcome.FromResult(await state.RunNextAsync(token).ConfigureAwait(false));
                        }
                        catch (Exception ex)
                        {
                            return Outcome.FromException<ChatResponse>(ex);
                        }
                    };
                },
            })
            .Build();
    }

    /// <summary>The backends a hedged request has tried, and the answers they gave, shared by its concurrent attempts.</summary>
    private sealed class HedgeState(ModelRouterChatClient router, RouteTable table, RouteCall call)
    {
        private readonly Lock _lock = new();
        private readonly List<ChatResponse> _answers = [];
        private ulong _excluded;
        private int _tried;

        public RouteTable Table { get; } = table;

        /// <summary>Records the usage of every answer but the one the caller gets as a charge of the call.</summary>
        public void ChargeAnswersOtherThan(ChatResponse winner)
        {
            lock (_lock)
            {
                foreach (ChatResponse answer in _answers)
                {
                    if (ReferenceEquals(answer, winner))
                    {
                        continue;
                    }

                    if (answer.Usage is { } usage)
                    {
                        call.AddCharges([new ProviderCharge(answer.ModelId, usage)]);
                    }

                    call.AddCharges(ProviderCharge.Of(answer));
                }
            }
        }

        public bool HasNext()
        {
            lock (_lock)
            {
                return _tried < Table.Options.Resilience.MaxBackendsPerRequest &&
                    router._selector.Select(Table, ref call.Request, _excluded, router._time.GetUtcNow().UtcTicks) >= 0;
            }
        }

        public async ValueTask<ChatResponse> RunNextAsync(CancellationToken token)
        {
            int index;
            lock (_lock)
            {
                index = _tried < Table.Options.Resilience.MaxBackendsPerRequest
                    ? router._selector.Select(Table, ref call.Request, _excluded, router._time.GetUtcNow().UtcTicks)
                    : -1;
                if (index >= 0)
                {
                    _excluded |= 1UL << index;
                    _tried++;
                }
            }

            if (index < 0)
            {
                throw router.NoHealthy(Table, call, null);
            }

            BackendRuntime backend = Table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                ChatResponse response = BackendRuntime.ResultOf<ChatResponse>(await backend.ExecuteAsync(call, OptionsFor(Table, index, call), Table.IsLimited(index), context).ConfigureAwait(false));
                Annotate(response.AdditionalProperties ??= ResponseProperties.Create(router.ResponsePropertyCapacity), Table, index, call);
                lock (_lock)
                {
                    _answers.Add(response);
                }

                router._telemetry.RecordRequest(Table.Options.Name, backend.Name, "success");
                return response;
            }
            catch (Exception ex)
            {
                // A loser cancelled after the provider reported usage (or a failed attempt that did) was billed too.
                call.AddCharges(ProviderCharge.Of(ex));
                if (IsFailover(Table, ex, router._time.GetUtcNow(), token))
                {
                    router._telemetry.RecordFailover(Table.Options.Name, backend.Name, ex);
                }

                throw;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }
}
