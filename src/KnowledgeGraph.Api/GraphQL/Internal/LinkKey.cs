using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>The edges of one type and direction at one node.</summary>
internal sealed record LinkKey(string NodeId, EdgeDirection Direction, string Type);
