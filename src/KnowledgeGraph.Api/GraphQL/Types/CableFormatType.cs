using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class CableFormatType : EnumerationGraphType<KnowledgeGraph.Cables.Model.CableFormat>
{
    public CableFormatType()
    {
        Name = "CableFormat";
        Description = "Input format; omit to detect it.";
    }
}
