namespace KnowledgeGraph.Graph.Mapping;

/// <summary>
/// Builds a property map the way both stores hold it: null values and empty lists are left out
/// (Neo4j cannot tell an empty list's element type, and absent reads the same as null).
/// </summary>
internal sealed class PropertyBag
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public PropertyBag Set(string name, string? value)
    {
        if (value is not null)
        {
            _values[name] = value;
        }

        return this;
    }

    public PropertyBag Set(string name, long? value)
    {
        if (value is { } v)
        {
            _values[name] = v;
        }

        return this;
    }

    public PropertyBag Set(string name, double? value)
    {
        if (value is { } v)
        {
            _values[name] = v;
        }

        return this;
    }

    public PropertyBag Set(string name, bool value)
    {
        _values[name] = value;
        return this;
    }

    public PropertyBag Set(string name, IReadOnlyCollection<string>? values)
    {
        if (values is { Count: > 0 })
        {
            _values[name] = values.ToArray();
        }

        return this;
    }

    public PropertyBag Set(string name, IReadOnlyCollection<long>? values)
    {
        if (values is { Count: > 0 })
        {
            _values[name] = values.ToArray();
        }

        return this;
    }

    public IReadOnlyDictionary<string, object?> ToDictionary() => new Dictionary<string, object?>(_values, StringComparer.Ordinal);
}
