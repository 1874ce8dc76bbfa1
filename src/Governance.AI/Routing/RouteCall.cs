using Governance.AI.Pricing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>The per-call state shared by the attempts of one request.</summary>
internal sealed class RouteCall
{
    /// <summary>This thread's call to reuse: one whose request was served synchronously (see <see cref="Release"/>).</summary>
    [ThreadStatic]
    private static RouteCall? t_spare;

    public int Attempts;

    public RouteRequest Request;

    /// <summary>
    /// The backend's task of the last attempt that was answered synchronously: when it carries the response the call
    /// returns, the router returns it rather than a task of its own.
    /// </summary>
    public Task<ChatResponse>? ServedTask;

    public RouteCall(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken callerToken)
    {
        Table = table;
        Messages = messages;
        Options = options;
        CallerToken = callerToken;
    }

    public RouteTable Table { get; private set; }

    public IEnumerable<ChatMessage> Messages { get; private set; }

    public ChatOptions? Options { get; private set; }

    public CancellationToken CallerToken { get; private set; }

    /// <summary>Gets a call for a request that may complete synchronously: this thread's released one when there is one, else a new one.</summary>
    public static RouteCall Rent(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken callerToken)
    {
        RouteCall? call = t_spare;
        if (call is null)
        {
            return new RouteCall(table, messages, options, callerToken);
        }

        // Taken off the thread first: a routed call made inside this one (a nested pipeline) gets a new call.
        t_spare = null;
        (call.Table, call.Messages, call.Options, call.CallerToken) = (table, messages, options, callerToken);
        return call;
    }

    /// <summary>
    /// Gives the call back to this thread for the next request, holding nothing of this one. Only for a call served
    /// synchronously on this thread: no attempt, hedge, shadow or stream can reach it any more (the charges it hands
    /// out are copies).
    /// </summary>
    public void Release()
    {
        Attempts = 0;
        Request = default;
        ServedTask = null;
        Table = null!;
        Messages = null!;
        Options = null;
        CallerToken = default;
        _chargesLock = null;
        _charges = null;
        t_spare = this;
    }

    /// <summary>Gets the usage providers reported for attempts whose answer the caller does not get (failed over, hedge losers).</summary>
    public IReadOnlyList<ProviderCharge> Charges
    {
        get
        {
            if (Volatile.Read(ref _chargesLock) is not { } gate)
            {
                return [];
            }

            lock (gate)
            {
                return _charges is null ? [] : [.. _charges];
            }
        }
    }

    // Made with the first charge: most calls have none.
    private Lock? _chargesLock;
    private List<ProviderCharge>? _charges;

    /// <summary>Records charges of an attempt; hedged attempts record concurrently.</summary>
    public void AddCharges(IReadOnlyList<ProviderCharge> charges)
    {
        if (charges.Count == 0)
        {
            return;
        }

        lock (LazyInitializer.EnsureInitialized(ref _chargesLock))
        {
            (_charges ??= []).AddRange(charges);
        }
    }
}
