using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.GraphQL.Inputs;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The read side: who met whom about what and when, entities, cables, search, neighbourhoods, paths, timeline, stats.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<GraphNodeType>("node")
            .Description("Any node by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Nodes.Load(c.GetArgument<string>("id")));

        Field<PersonType>("person")
            .Description("A person by id, or by name or alias (case-insensitive).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(c => ByIdOrNameAsync(c, NodeKind.Person));
        Field<NonNullGraphType<ConnectionType<PersonType>>>("people")
            .Description("People, most mentioned first.")
            .Argument<StringGraphType>("search", "Substring of a name or alias.")
            .Argument<StringGraphType>("country", "ISO code of the country they represent.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Finders.NodesAsync(c, NodeKind.Person, c.GetArgument<string?>("search"), c.GetArgument<string?>("country")));

        Field<OrganizationType>("organization")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(c => ByIdOrNameAsync(c, NodeKind.Organization));
        Field<NonNullGraphType<ConnectionType<OrganizationType>>>("organizations")
            .Argument<StringGraphType>("search")
            .Argument<StringGraphType>("country")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Finders.NodesAsync(c, NodeKind.Organization, c.GetArgument<string?>("search"), c.GetArgument<string?>("country")));

        Field<MeetingType>("meeting")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Nodes.Load(c.GetArgument<string>("id")).Then(n => n?.Kind == NodeKind.Meeting ? n : null));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Who met whom about what, when.")
            .Argument<MeetingFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<MeetingOrderType>("orderBy")
            .ResolveAsync(async c => await Finders.MeetingsAsync(c));

        Field<CableType>("cable")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Nodes.Load(c.GetArgument<string>("id")).Then(n => n?.Kind == NodeKind.Cable ? n : null));
        Field<NonNullGraphType<ConnectionType<CableType>>>("cables")
            .Description("Cables, newest first.")
            .Argument<CableFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var f = c.GetArgument<CableFilter>("filter") ?? new CableFilter();
                var query = new CableQuery(Paging.Read(c), f.Origin, f.From, f.To, f.Tag, f.Classification, f.Text);
                return Paging.ToConnection(await c.Store().FindCablesAsync(query, c.CancellationToken));
            });

        Field<TopicType>("topic")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(c => ByIdOrNameAsync(c, NodeKind.Topic));
        Field<NonNullGraphType<ConnectionType<TopicType>>>("topics")
            .Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Finders.NodesAsync(c, NodeKind.Topic, c.GetArgument<string?>("search")));

        Field<CountryType>("country")
            .Argument<NonNullGraphType<StringGraphType>>("code", "ISO 3166-1 alpha-2 code.")
            .Resolve(c => c.Loaders().Nodes.Load(Finders.CountryId(c.GetArgument<string>("code"))).Then(n => n?.Kind == NodeKind.Country ? n : null));
        Field<NonNullGraphType<ConnectionType<CountryType>>>("countries")
            .Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Finders.NodesAsync(c, NodeKind.Country, c.GetArgument<string?>("search")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Full-text search over names, aliases, subjects and cable text; best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var first = Paging.Read(c).First;
                var kinds = c.GetArgument<List<NodeKind>?>("kinds");
                return await c.Store().SearchAsync(new SearchQuery(c.GetArgument<string>("text"), kinds, first), c.CancellationToken);
            });

        Field<NonNullGraphType<SubgraphType>>("neighborhood")
            .Description("Nodes within `depth` hops of the seeds (at most `limit`, nearest first) and the relationships among them.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("limit", a => a.DefaultValue = 200)
            .Argument<NeighbourhoodFilterInputType>("filter")
            .ResolveAsync(async c =>
            {
                var options = c.Options();
                var depth = Within(c.GetArgument("depth", 1), 0, options.MaxNeighbourhoodDepth, "depth");
                var limit = Within(c.GetArgument("limit", 200), 1, options.MaxNeighbourhoodNodes, "limit");
                var ids = c.GetArgument<List<string>>("ids");
                return await new Neighbourhood(c.Store()).GetAsync(ids, depth, limit, c.GetArgument<NeighbourhoodFilter>("filter"), c.CancellationToken);
            });

        Field<SubgraphType>("path")
            .Description("A shortest path between two nodes (null when none within maxHops).")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("via", "Relationship types to follow (default: all), e.g. [\"MET\"].")
            .ResolveAsync(async c =>
            {
                var maxHops = Within(c.GetArgument("maxHops", 4), 0, c.Options().MaxPathHops, "maxHops");
                return await new ShortestPath(c.Store()).FindAsync(
                    c.GetArgument<string>("from"), c.GetArgument<string>("to"), maxHops, c.GetArgument<List<string>?>("via"), c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineBucketType>>>>("timeline")
            .Description("Meeting and cable counts over time, for an entity and/or a topic, or the whole graph.")
            .Argument<IdGraphType>("entity")
            .Argument<IdGraphType>("topic")
            .Argument<TimelineGranularityType>("granularity", a => a.DefaultValue = TimelineGranularity.Month)
            .ResolveAsync(async c => await c.Store().GetTimelineAsync(
                new TimelineQuery(c.GetArgument<string?>("entity"), c.GetArgument<string?>("topic"), c.GetArgument("granularity", TimelineGranularity.Month)),
                c.CancellationToken));

        Field<NonNullGraphType<StatsType>>("stats")
            .ResolveAsync(async c => await c.Store().GetCountsAsync(c.CancellationToken));
    }

    private static async Task<object?> ByIdOrNameAsync(IResolveFieldContext c, NodeKind kind)
    {
        if (c.GetArgument<string?>("id") is { } id)
        {
            var node = await c.Loaders().Nodes.Load(id).GetResultAsync(c.CancellationToken);
            return node?.Kind == kind ? node : null;
        }

        if (c.GetArgument<string?>("name") is { } name)
        {
            return await Finders.ByNameAsync(c, kind, name);
        }

        throw new ExecutionError("Give either 'id' or 'name'.") { Code = "MISSING_ARGUMENT" };
    }

    private static int Within(int value, int min, int max, string name)
        => value >= min && value <= max ? value : throw new ExecutionError($"'{name}' must be between {min} and {max}.") { Code = "LIMIT_EXCEEDED" };
}
