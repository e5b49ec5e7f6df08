using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Graph.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>Reads <c>first</c>/<c>after</c> (enforcing the maximum page size) and builds Relay connections.</summary>
internal static class Paging
{
    public static PageRequest Read(IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<KgServeOptions>();
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw new ExecutionError($"'first' must be between 0 and {options.MaxPageSize}.") { Code = "PAGE_TOO_LARGE" };
        }

        var offset = 0L;
        if (context.GetArgument<string?>("after") is { } after)
        {
            offset = (Cursor.Decode(after) ?? throw new ExecutionError($"'after' is not a valid cursor: '{after}'.") { Code = "INVALID_CURSOR" }) + 1;
        }

        return new PageRequest(first, checked((int)offset));
    }

    public static Connection<T> ToConnection<T>(Page<T> page)
    {
        var edges = page.Items.Select((item, i) => new Edge<T> { Node = item, Cursor = Cursor.Encode(page.Offset + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = checked((int)page.TotalCount),
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = page.Offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>Pages a list already in memory (edges of one node) the same way the store pages its results.</summary>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> all, PageRequest request)
        => ToConnection(new Page<T>(all.Skip(request.Offset).Take(request.First).ToList(), all.Count, request.Offset));
}
