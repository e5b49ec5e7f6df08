using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Parsed GraphQL documents by query text: clients send the same few queries (with different variables) over and
/// over, so each is parsed once. Executions only read a document, so one instance serves every request (GraphQL.NET's
/// own memory cache does the same; its package is not served here). Bounded: past the limit new texts are parsed
/// each time and not kept, so a client sending ever-new texts cannot grow the memory.
/// </summary>
internal sealed class DocumentCache
{
    private const int MaxDocuments = 1_000;
    private const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <exception cref="GraphQLParser.Exceptions.GraphQLSyntaxErrorException">The text is not a GraphQL document.</exception>
    public GraphQLDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out var document))
        {
            return document;
        }

        document = GraphQLParser.Parser.Parse(query);
        if (query.Length <= MaxQueryLength && _documents.Count < MaxDocuments)
        {
            _documents.TryAdd(query, document);
        }

        return document;
    }
}
