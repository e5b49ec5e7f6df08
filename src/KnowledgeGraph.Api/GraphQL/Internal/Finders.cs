using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using KnowledgeGraph.Api.GraphQL.Inputs;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>Connection fields shared by several types (Query.meetings, Person.meetings, Topic.meetings, …).</summary>
internal static class Finders
{
    public static async Task<Connection<GraphNode>> MeetingsAsync(IResolveFieldContext context, MeetingFilter filter)
    {
        var page = Paging.Read(context);
        var order = context.GetArgument<MeetingOrder?>("orderBy") ?? MeetingOrder.DateDescending;
        var query = new MeetingQuery(
            page, filter.Participant, filter.WithParticipant, filter.Topic, filter.Country, filter.From, filter.To,
            filter.Cable, filter.Status, filter.MinConfidence, order);
        return Paging.ToConnection(await context.Store().FindMeetingsAsync(query, context.CancellationToken));
    }

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
