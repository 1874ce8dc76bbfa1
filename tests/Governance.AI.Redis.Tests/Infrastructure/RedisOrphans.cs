using System.Diagnostics;
using System.Globalization;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// Stops the redis-servers of test hosts that died without stopping them: a host killed by a blame hang timeout never
/// runs its exit handler, and its servers would run on. Every server's directory holds an owner record (the boot, the
/// test host and the server, each process as its id and start time, which name one process for the life of a boot even
/// when ids are reused). A sweep stops a server only when its record proves it an orphan of these tests: the owner is
/// gone and the process under the recorded id is the recorded one and a redis-server. Whatever it cannot prove (no
/// record, another process under the id) it never stops. Linux only: elsewhere nothing is recorded, so nothing is swept.
/// </summary>
internal static class RedisOrphans
{
    /// <summary>The prefix of every server directory, under <see cref="DefaultRoot"/> unless a test gives its own root.</summary>
    public const string DirectoryPrefix = "governance-redis-";

    private const string RecordName = "owner.txt";
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);
    private static readonly string? BootId = ReadLine("/proc/sys/kernel/random/boot_id");

    public static string DefaultRoot => Path.GetTempPath();

    /// <summary>Writes the owner record of the server started in <paramref name="directory"/>, replacing any earlier one
    /// (a restart); written whole or not at all, so a sweep never reads half a record.</summary>
    public static void Record(string directory, ProcessIdentity owner, ProcessIdentity server)
    {
        string temporary = Path.Combine(directory, RecordName + ".tmp");
        File.WriteAllText(temporary, $"boot={BootId}\nowner={owner}\nserver={server}\n");
        File.Move(temporary, Path.Combine(directory, RecordName), overwrite: true);
    }

    /// <summary>
    /// Stops the servers under <paramref name="root"/> whose owner is gone and removes their directories (also those of
    /// servers already gone); leaves alone every directory without a record and every server whose owner lives.
    /// </summary>
    /// <returns>The ids of the servers stopped (including any that exited by themselves while being stopped).</returns>
    public static IReadOnlyList<int> Sweep(string root)
    {
        var stopped = new List<int>();
        if (BootId is null || !Directory.Exists(root))
        {
            return stopped;
        }

        foreach (string directory in Directory.EnumerateDirectories(root, DirectoryPrefix + "*"))
        {
            if (!TryRead(directory, out string boot, out ProcessIdentity owner, out ProcessIdentity server))
            {
                continue;
            }

            // After a reboot every recorded process is gone; within the boot the owner may live on.
            bool sameBoot = boot == BootId;
            if (sameBoot && owner.IsAlive)
            {
                continue;
            }

            if (sameBoot && server.IsAlive)
            {
                if (!IsRedisServer(server.Id) || !TryStop(server))
                {
                    continue;
                }

                stopped.Add(server.Id);
            }

            TryDelete(directory);
        }

        return stopped;
    }

    private static bool TryRead(string directory, out string boot, out ProcessIdentity owner, out ProcessIdentity server)
    {
        boot = string.Empty;
        owner = server = default;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(directory, RecordName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No record (a server of older tests, or one still starting): nothing is known, so nothing is done.
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[line[..equals]] = line[(equals + 1)..];
            }
        }

        if (!fields.TryGetValue("boot", out string? b) || b.Length == 0 ||
            !fields.TryGetValue("owner", out string? o) || !ProcessIdentity.TryParse(o, out owner) ||
            !fields.TryGetValue("server", out string? s) || !ProcessIdentity.TryParse(s, out server))
        {
            return false;
        }

        boot = b;
        return true;
    }

    /// <summary>Whether the process is a redis-server by its kernel name (which, unlike its command line, redis does not rewrite).</summary>
    private static bool IsRedisServer(int id) => ReadLine($"/proc/{id}/comm") == "redis-server";

    private static bool TryStop(ProcessIdentity server)
    {
        try
        {
            using Process process = Process.GetProcessById(server.Id);

            // Checked again just before the signal, so the id cannot have passed to another process since.
            if (!server.IsAlive)
            {
                return true;
            }

            process.Kill();
            return process.WaitForExit(ExitLimit);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Exited meanwhile.
            return true;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another sweep removed it first, or a file is held: a leftover directory is harmless.
        }
    }

    private static string? ReadLine(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>One process for the life of a boot: its id and its start time in clock ticks since boot (/proc/ID/stat).</summary>
/// <param name="Id">The process id.</param>
/// <param name="StartTicks">The start time, which tells a process from a later one under the same id.</param>
internal readonly record struct ProcessIdentity(int Id, long StartTicks)
{
    /// <summary>Gets the test host; <see langword="null"/> where there is no /proc.</summary>
    public static ProcessIdentity? Current { get; } = Of(Environment.ProcessId);

    /// <summary>Gets a value indicating whether this process still runs (not a process that took over its id).</summary>
    public bool IsAlive => Of(Id) == this;

    /// <summary>Gets the identity of a running process; <see langword="null"/> when there is none under the id (or no /proc).</summary>
    public static ProcessIdentity? Of(int id)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{id}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "id (name) state ...": the name may hold spaces and parentheses, so fields are counted from the last ')'.
        // After it come field 3 (the state) onwards; the start time is field 22.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (fields[0] is "Z" or "X")
        {
            // Exited, not yet reaped.
            return null;
        }

        return new ProcessIdentity(id, long.Parse(fields[22 - 3], CultureInfo.InvariantCulture));
    }

    public static bool TryParse(string text, out ProcessIdentity identity)
    {
        identity = default;
        string[] parts = text.Split(' ');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id) ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long start))
        {
            return false;
        }

        identity = new ProcessIdentity(id, start);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {StartTicks}");
}
