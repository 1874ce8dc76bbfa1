using StackExchange.Redis;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// One redis-server process owned by the tests: loopback only, no persistence, logging to stdout so readiness is an
/// awaited log line rather than polling. Stopped by its own process id; its directory records the test host that owns
/// it, so a later run stops it if that host died without stopping it (see <see cref="RedisOrphans"/>).
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Process, bool> Live = new();

    // Once per test host, before its first server: the servers of hosts that were killed (a hang timeout) are stopped.
    private static readonly Lazy<IReadOnlyList<int>> StartupSweep = new(() => RedisOrphans.Sweep(RedisOrphans.DefaultRoot));

    static RedisServerProcess()
    {
        // If the test host exits without disposing the fixtures, still stop the servers it started (by their ids).
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (Process process in Live.Keys)
            {
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // Already exited.
                }
            }
        };
    }

    private readonly ProcessIdentity? _owner;
    private readonly string[] _extraArguments;
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
    private readonly Lock _gate = new();
    private readonly List<string> _log = [];
    private Process? _process;

    private RedisServerProcess(int port, string directory, ProcessIdentity? owner, string[] extraArguments)
    {
        Port = port;
        Directory = directory;
        _owner = owner;
        _extraArguments = extraArguments;
    }

    public int Port { get; }

    public string Directory { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>
    /// Connects to this server for tests that kill and restart it under load: commands fail fast while it is down
    /// (no backlog) and reconnection is retried every half second. Returns once connected (bounded).
    /// </summary>
    public Task<ConnectionMultiplexer> ConnectWithFastReconnectAsync() => RedisConnections.ConnectReadyAsync([Endpoint], null);

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Starts a server; in <paramref name="extraArguments"/>, <c>{port}</c> stands for its port and <c>{dir}</c> for its directory.</summary>
    public static Task<RedisServerProcess> StartAsync(params string[] extraArguments)
    {
        _ = StartupSweep.Value;
        return StartOwnedAsync(RedisOrphans.DefaultRoot, ProcessIdentity.Current, extraArguments);
    }

    /// <summary>Starts a server in a new directory under <paramref name="root"/>, recorded as <paramref name="owner"/>'s
    /// (nothing is recorded without an owner).</summary>
    internal static async Task<RedisServerProcess> StartOwnedAsync(string root, ProcessIdentity? owner, params string[] extraArguments)
    {
        string directory = Path.Combine(root, RedisOrphans.DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var server = new RedisServerProcess(FreePort(), directory, owner, extraArguments);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>
    /// Completes when the server logs a line containing <paramref name="text"/> (from now on); fails with the
    /// server's last lines when that takes longer than a minute.
    /// </summary>
    public Task WaitForLogAsync(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waits.Add((text, seen));
        }

        return WaitSeenAsync(seen.Task, text);
    }

    /// <summary>Whether the server has logged a line containing <paramref name="text"/> at any time.</summary>
    public bool HasLogged(string text)
    {
        lock (_gate)
        {
            return _log.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Kills the process (SIGKILL: no goodbye on the socket) and waits for it to exit.</summary>
    public async Task KillAsync()
    {
        Process? process = _process;
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill();
        }

        try
        {
            // Exit includes the end of its redirected output.
            await process.WaitForExitAsync().WaitAsync(ExitLimit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"redis-server {process.Id} on port {Port} had not exited {ExitLimit.TotalSeconds:0} s after SIGKILL.");
        }

        Live.TryRemove(process, out _);
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the process again on the same port (with an empty dataset).</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private async Task StartProcessAsync()
    {
        var info = new ProcessStartInfo(RedisBinaries.RequireServer())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        string[] arguments =
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--daemonize", "no", "--save", "", "--appendonly", "no",
            "--dir", Directory, "--logfile", "", "--loglevel", "notice",
            .. _extraArguments.Select(a => a.Replace("{port}", Port.ToString(), StringComparison.Ordinal).Replace("{dir}", Directory, StringComparison.Ordinal)),
        ];
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Task ready = WaitForLogAsync("Ready to accept connections");
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        Live[process] = true;
        if (_owner is { } owner && ProcessIdentity.Of(process.Id) is { } started)
        {
            RedisOrphans.Record(Directory, owner, started);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready, exited) == exited)
        {
            throw new InvalidOperationException($"redis-server on port {Port} exited at start:{Environment.NewLine}{Tail()}");
        }

        await ready;
    }

    private async Task WaitSeenAsync(Task seen, string text)
    {
        try
        {
            await seen.WaitAsync(StartupLimit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"redis-server on port {Port} did not log \"{text}\" within {StartupLimit.TotalSeconds:0} s; its last lines:{Environment.NewLine}{Tail()}");
        }
    }

    private string Tail()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _log.TakeLast(20));
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _log.Add(line);
            for (int i = _waits.Count - 1; i >= 0; i--)
            {
                if (line.Contains(_waits[i].Text, StringComparison.Ordinal))
                {
                    _waits[i].Seen.TrySetResult();
                    _waits.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>A free loopback port whose cluster-bus twin (port + 10000) is free too.</summary>
    private static int FreePort()
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port + 10000 > 65535)
            {
                continue;
            }

            try
            {
                using var bus = new TcpListener(IPAddress.Loopback, port + 10000);
                bus.Start();
                return port;
            }
            catch (SocketException)
            {
                // The bus port is taken; try another.
            }
        }

        throw new InvalidOperationException("No free loopback port pair found.");
    }
}
