using System.Collections;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

/// <summary>Reads fields of an input object dictionary as GraphQL.NET hands it over.</summary>
internal static class InputValues
{
    public static string? Str(this IDictionary<string, object?> value, string name) => value.TryGetValue(name, out var v) ? v?.ToString() : null;

    public static DateOnly? Date(this IDictionary<string, object?> value, string name) => value.TryGetValue(name, out var v) && v is DateOnly d ? d : null;

    public static double? Double(this IDictionary<string, object?> value, string name) => value.TryGetValue(name, out var v) && v is not null ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<T>? List<T>(this IDictionary<string, object?> value, string name)
        => value.TryGetValue(name, out var v) && v is IEnumerable e and not string ? e.Cast<T>().ToList() : null;
}
