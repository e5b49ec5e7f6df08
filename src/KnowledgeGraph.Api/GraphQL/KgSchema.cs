using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The GraphQL schema of the knowledge graph (code-first, GraphQL.NET).</summary>
internal sealed class KgSchema : Schema
{
    public KgSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Diplomatic-relations knowledge graph: who met whom, about what, when, with evidence.";
    }

    /// <summary>The printed SDL, as committed in <c>graph-schema/schema.graphql</c>.</summary>
    public string PrintSdl() => this.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
