namespace Governance.AI.Redis;

/// <summary>
/// A Redis command with its arguments, and which argument (if any) is the key that decides the cluster slot.
/// </summary>
public sealed class RedisRequest
{
    private readonly RedisArgument[] _arguments;

    /// <summary>Creates a command without a key (sent to any node of a cluster).</summary>
    /// <param name="command">The command name, e.g. <c>PING</c>.</param>
    /// <param name="arguments">The arguments after the command name.</param>
    public RedisRequest(string command, params RedisArgument[] arguments)
        : this(command, -1, arguments)
    {
    }

    private RedisRequest(string command, int keyIndex, RedisArgument[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        if (keyIndex >= arguments.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(keyIndex), keyIndex, "The key index must point at an argument.");
        }

        Command = command;
        KeyIndex = keyIndex;
        _arguments = arguments;
    }

    /// <summary>The command name.</summary>
    public string Command { get; }

    /// <summary>The arguments after the command name.</summary>
    public ReadOnlySpan<RedisArgument> Arguments => _arguments;

    /// <summary>The index in <see cref="Arguments"/> of the routing key, or -1 when the command has no key.</summary>
    public int KeyIndex { get; }

    /// <summary>The routing key, or <see langword="null"/> when the command has no key.</summary>
    public RedisArgument? Key => KeyIndex < 0 ? default(RedisArgument?) : _arguments[KeyIndex];

    /// <summary>
    /// For blocking commands (<c>XREAD BLOCK</c>, <c>BLPOP</c> …): the longest time the server may block. Such a request
    /// runs on a dedicated connection so it never stalls the shared pipelined one, and its timeout is extended by
    /// this amount. <see langword="null"/> for ordinary commands.
    /// </summary>
    public TimeSpan? BlockingTimeout { get; init; }

    /// <summary>Creates a command whose first argument is its key, e.g. <c>INCR key</c> or <c>XADD key …</c>.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="key">The key.</param>
    /// <param name="arguments">The arguments after the key.</param>
    /// <returns>The request.</returns>
    public static RedisRequest ForKey(string command, RedisArgument key, params RedisArgument[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var all = new RedisArgument[arguments.Length + 1];
        all[0] = key;
        arguments.CopyTo(all, 1);
        return new RedisRequest(command, 0, all);
    }

    /// <summary>Creates a command whose routing key is at <paramref name="keyIndex"/> in <paramref name="arguments"/>.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="keyIndex">The index of the key argument, or -1.</param>
    /// <param name="arguments">All arguments after the command name.</param>
    /// <returns>The request.</returns>
    public static RedisRequest WithKeyAt(string command, int keyIndex, params RedisArgument[] arguments) =>
        new(command, keyIndex, arguments);

    /// <summary>A copy of this request marked as blocking for up to <paramref name="timeout"/> (see <see cref="BlockingTimeout"/>).</summary>
    /// <param name="timeout">The longest time the server may block.</param>
    /// <returns>The copy.</returns>
    public RedisRequest WithBlockingTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        return new RedisRequest(Command, KeyIndex, _arguments) { BlockingTimeout = timeout };
    }

    /// <inheritdoc />
    public override string ToString() => Command;
}
