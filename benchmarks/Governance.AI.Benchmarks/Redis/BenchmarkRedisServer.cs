using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Governance.AI.Benchmarks.Redis;

/// <summary>
/// A redis-server started for a benchmark run (loopback, no persistence), or the server named by
/// <c>GOVERNANCE_REDIS</c> (host:port). Also runs <c>redis-benchmark</c> against it, so both numbers come from the
/// same server in the same session.
/// </summary>
internal sealed partial class BenchmarkRedisServer : IAsyncDisposable
{
    private readonly Process? _process;

    private BenchmarkRedisServer(string host, int port, Process? process)
    {
        Host = host;
        Port = port;
        _process = process;
    }

    public string Host { get; }

    public int Port { get; }

    public string Endpoint => $"{Host}:{Port}";

    public static async Task<BenchmarkRedisServer> StartAsync()
    {
        string? existing = Environment.GetEnvironmentVariable("GOVERNANCE_REDIS");
        if (!string.IsNullOrEmpty(existing))
        {
            int colon = existing.LastIndexOf(':');
            return new BenchmarkRedisServer(existing[..colon], int.Parse(existing[(colon + 1)..], CultureInfo.InvariantCulture), null);
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (string argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--logfile", "" })
        {
            info.ArgumentList.Add(argument);
        }

        Process process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                break;
            }
        }

        _ = process.StandardOutput.ReadToEndAsync();
        return new BenchmarkRedisServer("127.0.0.1", port, process);
    }

    /// <summary>Runs redis-benchmark with <paramref name="clients"/> connections and returns its requests per second.</summary>
    public double RunRedisBenchmark(int clients, int requests, params string[] command)
    {
        var info = new ProcessStartInfo("redis-benchmark") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-h", Host, "-p", Port.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture), "-n", requests.ToString(CultureInfo.InvariantCulture), "-q" }.Concat(command))
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("redis-benchmark did not start.");
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Match match = RequestsPerSecond().Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("redis-benchmark printed no rate: " + output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?) requests per second")]
    private static partial Regex RequestsPerSecond();
}
