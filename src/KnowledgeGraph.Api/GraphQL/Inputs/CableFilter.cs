namespace KnowledgeGraph.Api.GraphQL.Inputs;

internal sealed record CableFilter(string? Origin = null, DateOnly? From = null, DateOnly? To = null, string? Tag = null, string? Classification = null, string? Text = null);
