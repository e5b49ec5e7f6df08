using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>The request/response plumbing both HTTP APIs share: JSON bodies, status checks, the <c>errors</c> array.</summary>
internal static class HttpJson
{
    public static HttpContent Content(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        buffer.Position = 0;
        var content = new StreamContent(buffer);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            JsonValues.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a JSON response; throws for authentication and server failures and for a non-empty <c>errors</c> array.</summary>
    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonDocument? json = null;
        if (bytes.Length > 0 && IsJson(response))
        {
            try
            {
                json = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                json = null;
            }
        }

        if (json is not null && json.RootElement.ValueKind == JsonValueKind.Object &&
            json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            json.Dispose();
            throw new Neo4jServerError(code, message);
        }

        if (!response.IsSuccessStatusCode)
        {
            json?.Dispose();
            var detail = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 200)).ReplaceLineEndings(" ").Trim();
            throw new Neo4jHttpStatusError(response.StatusCode, detail);
        }

        return json ?? throw new Neo4jHttpStatusError(response.StatusCode, "the response is not JSON");
    }

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is not { } type || type.Contains("json", StringComparison.OrdinalIgnoreCase);

    public static bool IsNotFound(Exception e) => e is Neo4jHttpStatusError { Status: HttpStatusCode.NotFound };
}
