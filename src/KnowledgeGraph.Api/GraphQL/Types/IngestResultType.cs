using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Graph.Stores;

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

internal sealed class IngestedCableType : ObjectGraphType<IngestedCable>
{
    public IngestedCableType()
    {
        Name = "IngestedCable";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IngestStatusType>>("status").Resolve(c => c.Source.Status);
        Field<CableType>("cable").Resolve(c => c.Loaders().Nodes.Load(c.Source.Id));
    }
}

internal sealed class IngestStatusType : EnumerationGraphType<IngestStatus>
{
    public IngestStatusType()
    {
        Name = "IngestStatus";
    }
}

internal sealed class WriteSummaryType : ObjectGraphType<WriteSummary>
{
    public WriteSummaryType()
    {
        Name = "WriteSummary";
        Description = "Cables written and nodes/relationships created or updated.";
        Field<NonNullGraphType<IntGraphType>>("cables").Resolve(c => c.Source.Cables);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Relationships);
    }
}

internal sealed class CableFormatType : EnumerationGraphType<KnowledgeGraph.Cables.Model.CableFormat>
{
    public CableFormatType()
    {
        Name = "CableFormat";
        Description = "Input format; omit to detect it.";
    }
}
