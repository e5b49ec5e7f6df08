using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class TimelineGranularityType : EnumerationGraphType<TimelineGranularity>
{
    public TimelineGranularityType()
    {
        Name = "TimelineGranularity";
    }
}
