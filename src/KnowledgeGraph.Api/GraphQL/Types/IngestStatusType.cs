using GraphQL.Types;
using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class IngestStatusType : EnumerationGraphType<IngestStatus>
{
    public IngestStatusType()
    {
        Name = "IngestStatus";
    }
}
