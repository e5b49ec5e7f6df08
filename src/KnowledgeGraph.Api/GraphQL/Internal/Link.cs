using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>An edge and the node at its other end.</summary>
internal sealed record Link(GraphEdge Edge, GraphNode Node);
