using GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class IngestResultType : ObjectGraphType<IngestOutcome>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestedCableType>>>>("cables").Resolve(c => c.Source.Cables);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rejected")
            .Description("One line per input that could not be read as a cable.")
            .Resolve(c => c.Source.Rejected);
        Field<NonNullGraphType<WriteSummaryType>>("written").Resolve(c => c.Source.Written);
    }
}
