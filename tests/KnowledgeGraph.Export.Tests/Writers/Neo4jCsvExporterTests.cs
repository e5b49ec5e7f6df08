using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using CsvHelper;
using KnowledgeGraph.Export.Tests.Support;
using KnowledgeGraph.Export.Writers;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Tests.Writers;

/// <summary>The CSV read back with CsvHelper and checked against the header rules of <c>neo4j-admin import</c>.</summary>
public sealed partial class Neo4jCsvExporterTests
{
    // neo4j-admin import property types (5.x manual, "CSV header format"); [] makes an array of that type.
    private static readonly string[] ImportTypes =
        ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"];

    [Fact]
    public async Task Folder_files_follow_the_neo4j_admin_header_rules_and_hold_every_value()
    {
        var graph = SampleGraph.Create();
        using var temp = new TempDirectory();
        await new Neo4jCsvExporter().WriteFolderAsync(ExportSource.FromSubgraph(graph), temp.Path);

        var nodes = Read(File.ReadAllBytes(Path.Combine(temp.Path, "nodes.csv")));
        var relationships = Read(File.ReadAllBytes(Path.Combine(temp.Path, "relationships.csv")));

        CheckHeader(nodes.Header, ["id:ID", ":LABEL"]);
        CheckHeader(relationships.Header, [":START_ID", ":END_ID", ":TYPE"]);
        Assert.Contains("mentionCount:long", nodes.Header);
        Assert.Contains("confidence:double", nodes.Header);
        Assert.Contains("aliases:string[]", nodes.Header);
        Assert.Contains("paragraphNumbers:long[]", nodes.Header);
        Assert.Contains("isPartial:boolean", nodes.Header);
        Assert.Contains("meetings:long", relationships.Header);

        Assert.Equal(graph.Nodes.Count, nodes.Rows.Count);
        foreach (var node in graph.Nodes)
        {
            var row = nodes.Rows.Single(r => r["id:ID"] == node.Id);
            Assert.Equal(node.Kind.ToString(), row[":LABEL"]);
            CheckProperties(node.Properties, row);
        }

        Assert.Equal(graph.Edges.Count, relationships.Rows.Count);
        var ids = nodes.Rows.Select(r => r["id:ID"]).ToHashSet();
        foreach (var edge in graph.Edges)
        {
            var row = relationships.Rows.Single(r => r["id"] == edge.Id);
            Assert.Equal((edge.Source, edge.Target, edge.Type), (row[":START_ID"], row[":END_ID"], row[":TYPE"]));
            Assert.Contains(row[":START_ID"], ids);
            Assert.Contains(row[":END_ID"], ids);
            CheckProperties(edge.Properties, row);
        }
    }

    [Fact]
    public async Task Zip_holds_the_same_two_files_as_the_folder()
    {
        var graph = SampleGraph.Create();
        using var temp = new TempDirectory();
        await new Neo4jCsvExporter().WriteFolderAsync(ExportSource.FromSubgraph(graph), temp.Path);

        using var zip = new ZipArchive(new MemoryStream(await Exports.ToBytesAsync(ExportFormat.Csv, graph)));

        Assert.Equal(["nodes.csv", "relationships.csv"], zip.Entries.Select(e => e.FullName).ToArray());
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(content);
            }

            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, entry.FullName)), content.ToArray());
        }
    }

    private static void CheckHeader(string[] header, string[] required)
    {
        foreach (var field in required)
        {
            Assert.Single(header, h => h == field);
        }

        Assert.Equal(header.Length, header.Distinct().Count());
        foreach (var field in header.Except(required))
        {
            var match = PropertyField().Match(field);
            Assert.True(match.Success, $"header field {field} is not name[:type]");
            Assert.True(!match.Groups["type"].Success || ImportTypes.Contains(match.Groups["type"].Value), $"header field {field} has an unknown type");
        }
    }

    private static void CheckProperties(IReadOnlyDictionary<string, object?> properties, Dictionary<string, string> row)
    {
        foreach (var (name, value) in properties)
        {
            var column = row.Keys.Single(k => k == name || k.StartsWith(name + ":", StringComparison.Ordinal));
            var cell = row[column];
            switch (value)
            {
                case string s:
                    Assert.Equal(s.Replace('\ud800', '\uFFFD'), cell);
                    break;
                case long l:
                    Assert.Equal(l, long.Parse(cell, CultureInfo.InvariantCulture));
                    break;
                case double d:
                    Assert.Equal(d, double.Parse(cell, CultureInfo.InvariantCulture));
                    break;
                case bool b:
                    Assert.Equal(b, bool.Parse(cell));
                    break;
                case string[] items:
                    Assert.Equal(items, cell.Length == 0 ? [] : cell.Split(';'));
                    break;
                case long[] items:
                    Assert.Equal(items, cell.Split(';').Select(i => long.Parse(i, CultureInfo.InvariantCulture)));
                    break;
            }
        }
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(byte[] bytes)
    {
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "no byte order mark");
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { AllowLineBreaksInQuotes = true, Separator = ',' });
        reader.ReadHeader();
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Length, reader.FieldCount);
            rows.Add(header.Select((h, i) => (h, reader.GetString(i))).ToDictionary(p => p.h, p => p.Item2));
        }

        return (header, rows);
    }

    [GeneratedRegex("^(?<name>[A-Za-z_][A-Za-z0-9_]*)(:(?<type>[a-z]+)(\\[\\])?)?$")]
    private static partial Regex PropertyField();
}
