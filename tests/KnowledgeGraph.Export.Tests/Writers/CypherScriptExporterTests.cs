using System.Text;
using KnowledgeGraph.Export.Tests.Support;

namespace KnowledgeGraph.Export.Tests.Writers;

public sealed class CypherScriptExporterTests
{
    [Fact]
    public async Task Every_statement_is_one_unwind_line_ending_with_a_semicolon()
    {
        var script = Encoding.UTF8.GetString(await Exports.ToBytesAsync(ExportFormat.Cypher, SampleGraph.Create()));

        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToArray();
        Assert.All(statements, s => Assert.Matches("^UNWIND \\[.*\\] AS row (MERGE|MATCH) .*;$", s));
        // One statement per node label and per (type, source label, target label).
        Assert.Equal(5, statements.Count(s => s.Contains("MERGE (n:", StringComparison.Ordinal)));
        Assert.Contains(statements, s => s.EndsWith(
            "AS row MATCH (a:Person {id: row.source}) MATCH (b:Meeting {id: row.target}) MERGE (a)-[r:ATTENDED {id: row.id}]->(b) SET r += row.props;",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Values_are_escaped_cypher_literals()
    {
        var script = Encoding.UTF8.GetString(await Exports.ToBytesAsync(ExportFormat.Cypher, SampleGraph.Create()));

        Assert.Contains("""name: 'He said "no" & \'yes\' <b>now</b>,\r\nthen; left\ttab \\ back'""", script);
        Assert.Contains("""title: 'bell\u0007 nul\u0000 esc\u001B'""", script);
        Assert.Contains("aliases: ['Lavrov', 'S. Lavrov', 'Сергей Лавров']", script);
        Assert.Contains("paragraphNumbers: [1, 2]", script);
        Assert.Contains("confidence: 1.0,", script);
        Assert.Contains("isPartial: false", script);
        Assert.Contains("{id: 'person:unicode-ü', props: {mentionCount: 2, name: 'Zoë Ünïcødé 日本語 Лавров 🙂', title: 'lone \uFFFD surrogate'}}", script);
    }
}
