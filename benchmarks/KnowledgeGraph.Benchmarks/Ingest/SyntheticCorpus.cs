using System.Globalization;
using CsvHelper;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Benchmarks.Ingest;

/// <summary>
/// A realistic synthetic corpus of any size, recombined from a real one: each synthetic cable takes the header
/// fields (origin, classification, tags, subject) of one real cable, a date near that cable's, and numbered
/// paragraphs drawn from other real cables (so real names, places and dates appear in new combinations), under a
/// new id (<c>{yy}{CITY}{900000+n}</c>, never a real one). Deterministic for a given seed. Records come out in the
/// <c>cables.csv</c> layout, so the real reader parses them.
/// </summary>
internal sealed class SyntheticCorpus
{
    private readonly IReadOnlyList<ParsedCable> _templates;
    private readonly IReadOnlyList<string> _paragraphs;

    private SyntheticCorpus(IReadOnlyList<ParsedCable> templates, IReadOnlyList<string> paragraphs)
    {
        _templates = templates;
        _paragraphs = paragraphs;
    }

    public int TemplateCount => _templates.Count;

    public static SyntheticCorpus Load(IEnumerable<string> paths)
    {
        var templates = new List<ParsedCable>();
        foreach (var result in new CableReader().Read(paths))
        {
            if (result is CableParsed { Cable: { Created: not null, Paragraphs.Count: > 0 } cable })
            {
                // Only what generation needs: drop the big parsed structure, keep header fields and paragraph texts.
                templates.Add(cable);
            }
        }

        var paragraphs = templates.SelectMany(c => c.Paragraphs).Where(p => p.Number > 0 && p.Text.Length > 40).Select(p => p.Text).ToArray();
        if (templates.Count == 0 || paragraphs.Length == 0)
        {
            throw new InvalidOperationException("no usable cables to recombine");
        }

        return new SyntheticCorpus(templates, paragraphs);
    }

    /// <summary>The <paramref name="count"/> synthetic cables as <c>cables.csv</c> fields (8 columns each).</summary>
    public IEnumerable<string[]> Records(int count, int seed = 20101128)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var template = _templates[random.Next(_templates.Count)];
            var created = template.Created!.Value.AddDays(random.Next(-180, 181)).AddMinutes(random.Next(0, 1440));
            var city = City(template);
            var id = $"{created:yy}{city}{900000 + n}";
            var paragraphCount = Math.Clamp(template.Paragraphs.Count, 2, 14);
            var body = new System.Text.StringBuilder();
            for (var p = 1; p <= paragraphCount; p++)
            {
                body.Append(CultureInfo.InvariantCulture, $"{p}. (C) ").Append(_paragraphs[random.Next(_paragraphs.Count)]).Append("\n\n");
            }

            var classification = template.Classification ?? "UNCLASSIFIED";
            var header = string.Join('\n',
                $"{classification} {city} {900000 + n}",
                "",
                "E.O. 12958: N/A",
                $"TAGS: {string.Join(", ", template.Tags.Select(t => t.Value))}",
                $"SUBJECT: {template.Subject}",
                "");
            yield return
            [
                (n + 1).ToString(CultureInfo.InvariantCulture),
                created.UtcDateTime.ToString("MM/dd/yyyy HH:mm", CultureInfo.InvariantCulture),
                id,
                template.Origin ?? $"Embassy {city}",
                classification,
                "",
                header,
                body.ToString(),
            ];
        }
    }

    /// <summary>One record as a one-record <c>cables.csv</c> text (what the benchmark hands the real reader).</summary>
    public static string ToCsv(string[] record)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Quoting = CsvQuoting.Always }, false))
        {
            csv.WriteRecord(record);
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="count"/> cables to <c>DIR/cables.csv</c>.</summary>
    public string WriteCsv(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "cables.csv");
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Quoting = CsvQuoting.Always }, false);
        foreach (var record in Records(count))
        {
            csv.WriteRecord(record);
        }

        return path;
    }

    private static string City(ParsedCable cable)
    {
        // The letters of the real id between the year and the serial: 07TOKYO5019 → TOKYO.
        var letters = new string(cable.Id.SkipWhile(char.IsDigit).TakeWhile(char.IsLetter).ToArray());
        return letters.Length > 0 ? letters.ToUpperInvariant() : "POST";
    }
}
