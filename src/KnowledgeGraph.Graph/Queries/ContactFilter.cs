namespace KnowledgeGraph.Graph.Queries;

/// <summary>Narrows whom a person met to meetings about <see cref="Topic"/> and/or within [<see cref="From"/>, <see cref="To"/>].</summary>
public sealed record ContactFilter(string? Topic = null, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsEmpty => Topic is null && From is null && To is null;
}
