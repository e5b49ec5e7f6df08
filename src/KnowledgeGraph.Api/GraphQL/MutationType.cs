using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The write side. The HTTP endpoint lets a mutation through only with the API key.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<IngestResultType>>("ingestCable")
            .Description("Reads cables from text (plain text, a WikiLeaks page or cables.csv rows), extracts their facts and stores them. Requires the API key.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<CableFormatType>("format")
            .ResolveAsync(async c => await new CableIngestion(c.Store()).IngestAsync(
                c.GetArgument<string>("text"), c.GetArgument<CableFormat?>("format"), c.CancellationToken));
    }
}
