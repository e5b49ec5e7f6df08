using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The Query API of Neo4j 5.19+ and Aura (<c>/db/{db}/query/v2</c>), plain JSON format. One statement runs in an
/// implicit transaction; several run in an explicit one (<c>…/tx</c>, <c>…/tx/{id}</c>, <c>…/tx/{id}/commit</c>,
/// rolled back with DELETE on failure), sending back the <c>neo4j-cluster-affinity</c> header the server gave.
/// Errors come back with a 4xx status and an <c>errors</c> array.
/// </summary>
internal sealed class QueryApi(HttpClient http, Uri queryUri) : Neo4jProtocol
{
    private const string AffinityHeader = "neo4j-cluster-affinity";

    public override string Name => "Query API " + queryUri.AbsolutePath;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 1)
        {
            using var response = await http.PostAsync(queryUri, Body(statements[0]), cancellationToken);
            using var json = await HttpJson.ReadAsync(response, cancellationToken);
            return [Parse(json.RootElement)];
        }

        var results = new List<CypherResult>(statements.Count);
        string? transactionId = null;
        string? affinity = null;
        try
        {
            foreach (var statement in statements)
            {
                var uri = transactionId is null ? Append(queryUri, "tx") : Append(queryUri, $"tx/{transactionId}");
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Body(statement) };
                if (affinity is not null)
                {
                    request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
                }

                using var response = await http.SendAsync(request, cancellationToken);
                if (affinity is null && response.Headers.TryGetValues(AffinityHeader, out var values))
                {
                    affinity = values.FirstOrDefault();
                }

                using var json = await HttpJson.ReadAsync(response, cancellationToken);
                transactionId ??= json.RootElement.GetProperty("transaction").GetProperty("id").GetString();
                results.Add(Parse(json.RootElement));
            }

            using var commit = new HttpRequestMessage(HttpMethod.Post, Append(queryUri, $"tx/{transactionId}/commit"));
            if (affinity is not null)
            {
                commit.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
            }

            using var committed = await http.SendAsync(commit, cancellationToken);
            (await HttpJson.ReadAsync(committed, cancellationToken)).Dispose();
            transactionId = null;
            return results;
        }
        finally
        {
            if (transactionId is not null)
            {
                await RollbackAsync(transactionId, affinity);
            }
        }
    }

    private async Task RollbackAsync(string transactionId, string? affinity)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, Append(queryUri, $"tx/{transactionId}"));
            if (affinity is not null)
            {
                request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
            }

            using var response = await http.SendAsync(request, CancellationToken.None);
        }
        catch (HttpRequestException)
        {
            // The server rolls the transaction back itself when it expires.
        }
    }

    private static HttpContent Body(CypherStatement statement) => HttpJson.Content(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        HttpJson.WriteParameters(writer, statement.Parameters);
        writer.WriteEndObject();
    });

    private static Uri Append(Uri baseUri, string path) => new(baseUri.AbsoluteUri.TrimEnd('/') + "/" + path);

    internal static CypherResult Parse(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            return CypherResult.Empty;
        }

        var columns = data.GetProperty("fields").EnumerateArray().Select(c => c.GetString() ?? "").ToArray();
        var rows = new List<object?[]>();
        foreach (var row in data.GetProperty("values").EnumerateArray())
        {
            rows.Add(row.ValueKind == JsonValueKind.Array
                ? row.EnumerateArray().Select(JsonValues.Read).ToArray()
                : [JsonValues.Read(row)]);
        }

        return new CypherResult(columns, rows);
    }
}
