using System.Diagnostics;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>A 3-primary Redis Cluster on loopback, created with <c>redis-cli --cluster create</c>.</summary>
public sealed class RedisClusterProcesses : IAsyncDisposable
{
    // redis-cli waits for the nodes to agree on the slots ("Waiting for the cluster to join") without a limit of its own.
    private static readonly TimeSpan CreateLimit = TimeSpan.FromMinutes(2);

    private RedisClusterProcesses(RedisServerProcess[] nodes)
    {
        Nodes = nodes;
    }

    public IReadOnlyList<RedisServerProcess> Nodes { get; }

    public IEnumerable<string> Endpoints => Nodes.Select(n => n.Endpoint);

    public static async Task<RedisClusterProcesses> StartAsync()
    {
        var nodes = new RedisServerProcess[3];
        for (int i = 0; i < nodes.Length; i++)
        {
            string port = Guid.NewGuid().ToString("N")[..8];
            nodes[i] = await RedisServerProcess.StartAsync(
                "--cluster-enabled", "yes", "--cluster-config-file", $"nodes-{port}.conf", "--cluster-node-timeout", "5000");
        }

        var cluster = new RedisClusterProcesses(nodes);
        try
        {
            Task[] ok = [.. nodes.Select(n => n.WaitForLogAsync("Cluster state changed: ok"))];
            var info = new ProcessStartInfo(RedisBinaries.RequireCli())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("--cluster");
            info.ArgumentList.Add("create");
            foreach (RedisServerProcess node in nodes)
            {
                info.ArgumentList.Add(node.Endpoint);
            }

            info.ArgumentList.Add("--cluster-replicas");
            info.ArgumentList.Add("0");
            info.ArgumentList.Add("--cluster-yes");
            using Process create = Process.Start(info)!;
            Task<string> output = create.StandardOutput.ReadToEndAsync();
            Task<string> error = create.StandardError.ReadToEndAsync();
            try
            {
                await create.WaitForExitAsync().WaitAsync(CreateLimit);
            }
            catch (TimeoutException)
            {
                create.Kill();
                await create.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
                throw new TimeoutException($"redis-cli --cluster create did not finish within {CreateLimit.TotalMinutes:0} min: {await output}{await error}");
            }

            if (create.ExitCode != 0)
            {
                throw new InvalidOperationException($"redis-cli --cluster create failed: {await output}{await error}");
            }

            await Task.WhenAll(ok);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (RedisServerProcess node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}
