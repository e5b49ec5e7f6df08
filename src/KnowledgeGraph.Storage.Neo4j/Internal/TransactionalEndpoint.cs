using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The transactional Cypher endpoint (<c>/db/data/transaction/commit</c> on 3.x, <c>/db/{db}/tx/commit</c> on 4.x/5.x):
/// a multi-statement request to <c>…/commit</c> runs as one transaction. Errors come back with HTTP 200 in <c>errors</c>.
/// </summary>
internal sealed class TransactionalEndpoint(HttpClient http, Uri commitUri) : Neo4jProtocol
{
    public override string Name => "transactional endpoint " + commitUri.AbsolutePath;

    public Uri CommitUri => commitUri;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var content = HttpJson.Content(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                HttpJson.WriteParameters(writer, statement.Parameters);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        using var response = await http.PostAsync(commitUri, content, cancellationToken);
        using var json = await HttpJson.ReadAsync(response, cancellationToken);
        return Parse(json.RootElement);
    }

    internal static IReadOnlyList<CypherResult> Parse(JsonElement root)
    {
        var results = new List<CypherResult>();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToArray();
            var rows = new List<object?[]>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
            {
                rows.Add(data.GetProperty("row").EnumerateArray().Select(JsonValues.Read).ToArray());
            }

            results.Add(new CypherResult(columns, rows));
        }

        return results;
    }
}
