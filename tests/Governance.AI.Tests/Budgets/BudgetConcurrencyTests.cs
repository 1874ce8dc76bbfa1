using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

public sealed class BudgetConcurrencyTests
{
    private const int Callers = 64;
    private const int CallsPerCaller = 30;

    /// <summary>
    /// Invariant: with 64 callers racing on shared tenant, user, global and concurrency counters, no counter ever
    /// holds more than its limit — checked by reading every counter after every reserve, settle and refund the store
    /// performs, not only at the end — and once all callers are done every reservation was closed (settled or
    /// refunded) exactly once and no concurrency slot is held. The calls mix successes, provider failures,
    /// cancellations, complete streams, abandoned streams and broken streams, with random sizes and a moving clock.
    /// </summary>
    [Fact]
    public Task Sixty_four_concurrent_callers_never_overspend_and_close_every_reservation() => RunAsync(CharTokenCounter.Instance);

    /// <summary>
    /// The same invariants when admission reserves a bound of each prompt (twice its count) and counts exactly only
    /// near a limit: re-planning after a failed bound, and settling from the bound's reservation, leak nothing.
    /// </summary>
    [Fact]
    public Task Sixty_four_concurrent_callers_admitted_by_a_prompt_bound_never_overspend_and_close_every_reservation() =>
        RunAsync(new BoundedCharTokenCounter());

    private static async Task RunAsync(ITokenCounterProvider counters)
    {
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var options = new BudgetOptions { UnpricedModels = UnpricedModelAction.Ignore };
        options.Prices["house-model"] = new BudgetPrice { InputPerMillion = 10m, OutputPerMillion = 30m };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = 3000 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Window = BudgetWindow.Day, Tokens = 2000, Requests = 40 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 6 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Global, Window = BudgetWindow.Hour, CostUsd = 0.05m });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(options, counters, store), clock: clock);
        harness.Model.StreamingChunks = 3;

        // The provider honours MaxOutputTokens and reports exact usage; the prompt's first word says how it behaves.
        harness.Model.Responder = request =>
        {
            string prompt = request.LastUserText;
            int max = request.Options?.MaxOutputTokens ?? 0;
            int output = new Random((prompt.Length * 31) + max).Next(0, max + 1);
            FakeReply reply = FakeReply.Text(new string('o', output), CharTokenCounter.Instance.CountTokens(request.Messages), output);
            return prompt.Split(' ')[0] switch
            {
                "fail" or "failstream" => FakeReply.Throw(new InvalidOperationException("provider down")),
                "slow" => reply.After(TimeSpan.FromSeconds(30)),
                "break" => reply.BreakingAfter(1),
                _ => reply,
            };
        };

        var clockLock = new Lock();
        var outcomes = new ConcurrentDictionary<string, int>();
        using var start = new Barrier(Callers);
        Task[] callers = Enumerable.Range(0, Callers).Select(c => Task.Factory.StartNew(async () =>
        {
            // Dedicated threads released together, so that reservations really race.
            start.SignalAndWait();
            var random = new Random(c);
            CallerContext caller = CallerContext.ForTenant("t" + (c % 4), "u" + (c % 16));
            for (int i = 0; i < CallsPerCaller; i++)
            {
                string action = random.Next(10) switch
                {
                    0 or 1 => "ok",
                    2 => "fail",
                    3 => "slow",
                    4 => "stream",
                    5 => "abandon",
                    6 => "break",
                    7 => "failstream",
                    8 => "cancelstream",
                    _ => "priced",
                };
                var chatOptions = new ChatOptions { MaxOutputTokens = random.Next(1, 60), ModelId = action == "priced" ? "house-model" : null }.ForCaller(caller);
                List<ChatMessage> messages = [new(ChatRole.User, action + " " + c + " " + i + new string('p', random.Next(0, 60)))];
                string outcome = await CallAsync(harness.Client, action, messages, chatOptions);
                outcomes.AddOrUpdate(action + ":" + outcome, 1, static (_, n) => n + 1);
                lock (clockLock)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 400)));
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToArray();
        await Task.WhenAll(callers);

        Assert.Empty(store.Violations);
        Assert.Equal(0, store.Inner.OpenReservationCount);
        Assert.Empty(store.Open);
        Assert.True(store.Reserved > 0);
        Assert.Equal(store.Reserved, store.Closed);
        BudgetChatClient policy = Policy(harness);
        for (int t = 0; t < 4; t++)
        {
            IReadOnlyList<BudgetStatus> status = await policy.GetStatusAsync(CallerContext.ForTenant("t" + t));
            Assert.Equal(0m, status.Single(s => s.LimitName == "concurrent").Used);
        }

        // The limits were actually contended, and every kind of call got past the budgets and ended as scripted.
        Assert.Contains(outcomes.Keys, k => k.EndsWith(":rejected", StringComparison.Ordinal));
        foreach (string expected in new[]
        {
            "ok:ok", "priced:ok", "fail:failed", "slow:cancelled", "stream:streamed", "abandon:abandoned", "break:broken",
            "failstream:failed", "cancelstream:cancelled",
        })
        {
            Assert.True(outcomes.GetValueOrDefault(expected) > 0, "no call ended " + expected + "; outcomes: " + string.Join(", ", outcomes));
        }
    }

    private static async Task<string> CallAsync(IChatClient client, string action, List<ChatMessage> messages, ChatOptions options)
    {
        try
        {
            switch (action)
            {
                case "slow":
                    using (var cts = new CancellationTokenSource())
                    {
                        Task<ChatResponse> pending = client.GetResponseAsync(messages, options, cts.Token);
                        await cts.CancelAsync();
                        await pending;
                        return "ok";
                    }

                case "stream":
                case "abandon":
                case "break":
                case "failstream":
                case "cancelstream":
                    int updates = 0;
                    using (var cts = new CancellationTokenSource())
                    {
                        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(messages, options, cts.Token))
                        {
                            if (++updates == 1 && action == "abandon")
                            {
                                return "abandoned";
                            }

                            if (updates == 1 && action == "cancelstream")
                            {
                                await cts.CancelAsync();
                            }
                        }
                    }

                    return "streamed";
                default:
                    await client.GetResponseAsync(messages, options);
                    return "ok";
            }
        }
        catch (BudgetExceededException)
        {
            return "rejected";
        }
        catch (OperationCanceledException)
        {
            return "cancelled";
        }
        catch (IOException)
        {
            return "broken";
        }
        catch (InvalidOperationException)
        {
            return "failed";
        }
    }
}
