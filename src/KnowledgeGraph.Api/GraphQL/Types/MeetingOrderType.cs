using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class MeetingOrderType : EnumerationGraphType<MeetingOrder>
{
    public MeetingOrderType()
    {
        Name = "MeetingOrder";
        Description = "Order of meetings; ties are broken by id.";
    }
}
