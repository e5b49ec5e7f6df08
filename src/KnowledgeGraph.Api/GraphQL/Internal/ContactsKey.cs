namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>The first <see cref="First"/> people someone met.</summary>
internal sealed record ContactsKey(string PersonId, int First);
