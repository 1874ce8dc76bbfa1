namespace Governance.AI;

/// <summary>
/// An ambient caller for the current asynchronous flow: every governed call made inside the scope, including
/// calls in awaited tasks started inside it, sees the scope's <see cref="CallerContext"/>.
/// </summary>
/// <example>
/// <code>
/// using (CallerScope.Begin(CallerContext.ForTenant("contoso", "alice")))
/// {
///     await chatClient.GetResponseAsync("Hello");
/// }
/// </code>
/// </example>
public sealed class CallerScope : IDisposable
{
    private static readonly AsyncLocal<CallerContext?> Ambient = new();
    private readonly CallerContext? _previous;
    private bool _disposed;

    private CallerScope(CallerContext context)
    {
        _previous = Ambient.Value;
        Ambient.Value = context;
    }

    /// <summary>Gets the ambient caller of the current flow, or <see langword="null"/> outside any scope.</summary>
    public static CallerContext? Current => Ambient.Value;

    /// <summary>Starts a scope; dispose it to restore the previous caller.</summary>
    /// <param name="context">The caller.</param>
    /// <returns>The scope.</returns>
    public static CallerScope Begin(CallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CallerScope(context);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Ambient.Value = _previous;
        }
    }
}
