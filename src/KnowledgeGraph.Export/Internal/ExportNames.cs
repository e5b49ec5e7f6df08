namespace KnowledgeGraph.Export.Internal;

/// <summary>The names the flat formats use for a node's and an edge's own fields (see <see cref="ExportSchema"/>).</summary>
internal static class ExportNames
{
    public const string Id = "id";
    public const string Label = "label";
    public const string Type = "type";
    public const string Source = "source";
    public const string Target = "target";
    public const string Kind = "kind";

    public static readonly IReadOnlySet<string> NodeFields = new HashSet<string>(StringComparer.Ordinal) { Id, Label, Type, Kind };

    /// <summary>The name a property is exported under: itself, or with a leading underscore when a field has its name.</summary>
    public static string ForProperty(string property, IReadOnlySet<string> reserved) =>
        reserved.Contains(property) ? "_" + property : property;

    public static readonly IReadOnlySet<string> EdgeFields = new HashSet<string>(StringComparer.Ordinal) { Id, Label, Type, Kind, Source, Target };
}
