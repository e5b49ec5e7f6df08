using KnowledgeGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Reads nodes and edges back from rows selected with <see cref="Sql.NodeColumns"/> / <see cref="Sql.EdgeColumns"/>.</summary>
internal static class NodeRow
{
    /// <summary>Kinds whose nodes are shared between cables and carry <c>mentionCount</c>.</summary>
    public static bool IsShared(NodeKind kind) => kind is NodeKind.Person or NodeKind.Country or NodeKind.Organization or NodeKind.Topic or NodeKind.Post;

    public static GraphNode ReadNode(SqliteDataReader reader, int offset = 0)
    {
        var kind = Enum.Parse<NodeKind>(reader.GetString(offset + 1));
        var props = PropertyJson.Read(reader.GetString(offset + 3));
        if (IsShared(kind))
        {
            props[GraphProperty.MentionCount] = reader.GetInt64(offset + 4);
        }

        if (kind == NodeKind.Cable && !reader.IsDBNull(offset + 6))
        {
            props[GraphProperty.Text] = reader.GetString(offset + 6);
        }

        return new GraphNode(reader.GetString(offset), kind, reader.GetString(offset + 2), props);
    }

    public static GraphEdge ReadEdge(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), PropertyJson.Read(reader.GetString(4)));
}
