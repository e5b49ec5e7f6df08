using System.Reflection;

namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>Reads the embedded lexicon data files (Lexicons/*.tsv, *.txt); '#' starts a comment line.</summary>
internal static class LexiconResource
{
    private static readonly Assembly Assembly = typeof(LexiconResource).Assembly;

    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "KnowledgeGraph.Extraction.Lexicons." + fileName;
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }

    /// <summary>Tab-separated rows, each padded to <paramref name="columns"/> fields.</summary>
    public static IEnumerable<string[]> Table(string fileName, int columns)
    {
        foreach (var line in Lines(fileName))
        {
            var fields = line.Split('\t');
            if (fields.Length < columns)
            {
                Array.Resize(ref fields, columns);
                for (var i = 0; i < columns; i++)
                {
                    fields[i] ??= "";
                }
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return fields;
        }
    }

    /// <summary>Whitespace-separated words.</summary>
    public static IEnumerable<string> Words(string fileName)
        => Lines(fileName).SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string[] Values(string field)
        => field.Length == 0 || field == "-" ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
