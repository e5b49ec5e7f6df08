using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>Connection fields shared by several types (Query.meetings, Person.meetings, Topic.meetings, …).</summary>
internal static class Finders
{
    /// <summary>The store query of a meetings field: its <c>filter</c> (a <see cref="MeetingQuery"/> already), <c>first</c>/<c>after</c> and <c>orderBy</c>.</summary>
    public static MeetingQuery MeetingQuery(IResolveFieldContext context)
        => (context.GetArgument<MeetingQuery?>("filter") ?? new MeetingQuery(new PageRequest())) with
        {
            Page = Paging.Read(context),
            OrderBy = context.GetArgument<MeetingOrder?>("orderBy") ?? MeetingOrder.DateDescending,
        };

    public static async Task<Connection<GraphNode>> MeetingsAsync(IResolveFieldContext context)
        => Paging.ToConnection(await context.Store().FindMeetingsAsync(MeetingQuery(context), context.CancellationToken));

    public static async Task<Connection<GraphNode>> NodesAsync(IResolveFieldContext context, NodeKind kind, string? search = null, string? country = null)
    {
        var query = new NodeQuery(kind, Paging.Read(context), Search: search, Country: country);
        return Paging.ToConnection(await context.Store().FindNodesAsync(query, context.CancellationToken));
    }

    /// <summary>The first node of a kind whose name or alias matches, case-insensitively.</summary>
    public static async Task<GraphNode?> ByNameAsync(IResolveFieldContext context, NodeKind kind, string name)
    {
        var found = await context.Store().FindNodesAsync(new NodeQuery(kind, new PageRequest(1), Name: name), context.CancellationToken);
        return found.Items.FirstOrDefault();
    }

    public static string CountryId(string code) => "country:" + code.ToUpperInvariant();
}
