using System.Collections.Concurrent;
using System.Globalization;
using Governance.AI.Caching;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// Callers of one tenant asking billing questions through a governed client, each question with the caller's own
/// e-mail address (redaction turns them into one placeholder, so callers can share cache entries), and the tally of
/// what every call got: an answer (from the provider or the cache), a budget refusal, or anything else.
/// </summary>
internal sealed class BillingQuestionRace
{
    private static readonly string[] Questions =
    [
        "When is the invoice for {0} due?",
        "Which plan is {0} on?",
        "How do I change the billing address of {0}?",
        "What did {0} pay last month?",
        "Why was {0} charged twice?",
        "Can {0} get a refund for the upgrade?",
    ];

    private long _served;
    private long _refused;
    private long _hits;

    public long Served => Interlocked.Read(ref _served);

    public long Refused => Interlocked.Read(ref _refused);

    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Gets the answers served to a call they were not made for.</summary>
    public ConcurrentQueue<string> Crossed { get; } = new();

    /// <summary>Gets the failures other than a budget refusal.</summary>
    public ConcurrentQueue<Exception> Unexpected { get; } = new();

    /// <summary>The question of one kind (0 to 5) about one address.</summary>
    public static string Question(int kind, string address) =>
        string.Format(CultureInfo.InvariantCulture, Questions[kind % Questions.Length], address);

    /// <summary>
    /// Starts <paramref name="callers"/> callers at once, each making <paramref name="calls"/> calls in turn: caller
    /// c's call k asks the question of kind c + k about its own address, so the callers cover every kind together.
    /// </summary>
    /// <param name="client">The governed client.</param>
    /// <param name="tenant">The callers' tenant.</param>
    /// <param name="callers">How many callers race.</param>
    /// <param name="calls">How many calls each caller makes.</param>
    /// <param name="expected">The only answer a call may get, or <see langword="null"/> for any.</param>
    /// <param name="enter">Runs first in each caller's flow (to set what that flow's model reads), or <see langword="null"/>.</param>
    /// <returns>One task per caller.</returns>
    public IEnumerable<Task> Start(IChatClient client, string tenant, int callers, int calls, string? expected = null, Action? enter = null) =>
        Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            enter?.Invoke();
            for (int call = 0; call < calls; call++)
            {
                await AskAsync(client, tenant, Question(caller + call, $"user{caller}.{call}@example.com"), expected);
            }
        }));

    /// <summary>Makes one call and tallies it.</summary>
    /// <returns>The answer's cache status (hit or miss), or <see langword="null"/> when the call failed.</returns>
    public async Task<object?> AskAsync(IChatClient client, string tenant, string prompt, string? expected = null)
    {
        try
        {
            ChatResponse response = await client.GetResponseAsync(prompt, new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 20 }.ForCaller(tenant));
            Interlocked.Increment(ref _served);
            if (expected is not null && response.Text != expected)
            {
                Crossed.Enqueue($"{expected} was served {response.Text}");
            }

            object? status = response.AdditionalProperties?[GovernanceProperties.CacheStatus];
            if (Equals(status, SemanticCacheProperties.StatusHit))
            {
                Interlocked.Increment(ref _hits);
            }

            return status;
        }
        catch (BudgetExceededException)
        {
            Interlocked.Increment(ref _refused);
        }
        catch (Exception ex)
        {
            Unexpected.Enqueue(ex);
        }

        return null;
    }
}
