using System.Globalization;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>
/// CPU time used so far by the Chromium renderer processes this test process started (Linux /proc). On a
/// shared, busy machine wall time mostly measures the queue for a core; the renderer's CPU time is what the
/// page itself costs, i.e. its wall time on an idle core (layout and drawing run on one thread).
/// </summary>
internal static class RendererCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double? Milliseconds()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return null;
        }

        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the parenthesised command name: state ppid … utime(14) stime(15).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("--type=renderer", StringComparison.Ordinal))
                {
                    ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        var self = Environment.ProcessId;
        long total = 0;
        foreach (var (pid, t) in ticks)
        {
            for (var p = pid; parents.TryGetValue(p, out var parent) && p > 1; p = parent)
            {
                if (parent == self)
                {
                    total += t;
                    break;
                }
            }
        }

        return total * 1000 / TicksPerSecond;
    }
}
