using System.Reflection;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>The single loader for the embedded data files under <c>Data/</c>: lines, <c>#</c> comments and blank lines skipped.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = "KnowledgeGraph.Cables.Data." + fileName;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("embedded data file missing: " + resource);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            yield return line.TrimEnd();
        }
    }

    /// <summary>Two-column tab-separated file as a dictionary (first column is the key, case-insensitive).</summary>
    public static IReadOnlyDictionary<string, string> Map(string fileName)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines(fileName))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                map[parts[0]] = parts[1];
            }
        }

        return map;
    }

    /// <summary>One value per line (first tab-separated column), case-insensitive set.</summary>
    public static IReadOnlySet<string> Set(string fileName)
        => Lines(fileName).Select(l => l.Split('\t')[0].Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
