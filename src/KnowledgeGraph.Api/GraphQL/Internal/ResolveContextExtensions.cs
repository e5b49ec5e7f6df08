using GraphQL;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>Short ways for resolvers to reach the request's loaders, the store and node properties.</summary>
internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    public static KgServeOptions Options(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<KgServeOptions>();

    public static string? Str(this GraphNode node, string property) => GraphValue.String(node.Properties, property);

    public static string? Str(this GraphEdge edge, string property) => GraphValue.String(edge.Properties, property);

    public static long? Long(this GraphNode node, string property) => GraphValue.Long(node.Properties, property);

    public static long? Long(this GraphEdge edge, string property) => GraphValue.Long(edge.Properties, property);

    public static double? Double(this GraphNode node, string property) => GraphValue.Double(node.Properties, property);

    public static DateOnly? Date(this GraphNode node, string property) => GraphValue.Date(node.Properties, property);

    public static IReadOnlyList<string> Strings(this GraphNode node, string property) => GraphValue.Strings(node.Properties, property);

    /// <summary>The display name: the <c>name</c> property, else the label.</summary>
    public static string Name(this GraphNode node) => node.Str(GraphProperty.Name) ?? node.Label;

    public static Deferred<IReadOnlyList<Link>> LoadLinks(this IResolveFieldContext context, string nodeId, EdgeDirection direction, string type)
        => context.Loaders().Links.Load(new LinkKey(nodeId, direction, type));

    /// <summary>Nodes of one kind at the other end of one relationship, in the store's edge order, without repeats.</summary>
    public static Deferred<IReadOnlyList<GraphNode>> LoadLinked(this IResolveFieldContext context, string nodeId, EdgeDirection direction, string type, NodeKind? kind = null)
        => context.LoadLinks(nodeId, direction, type).Then(IReadOnlyList<GraphNode> (links) => links
            .Select(l => l.Node)
            .Where(n => kind is null || n.Kind == kind)
            .DistinctBy(n => n.Id)
            .ToList());
}
