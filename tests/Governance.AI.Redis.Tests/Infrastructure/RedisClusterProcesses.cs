using System.Diagnostics;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>A 3-primary Redis Cluster on loopback, created with <c>redis-cli --cluster create</c>.</summary>
public sealed class RedisClusterProcesses : IAsyncDisposable
{
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
            await create.WaitForExitAsync();
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
