using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.GraphQL.Types;

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
