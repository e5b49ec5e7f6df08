using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class TimelineBucketType : ObjectGraphType<TimelineBucket>
{
    public TimelineBucketType()
    {
        Name = "TimelineBucket";
        Description = "Meeting and cable counts in one month (2007-10) or year (2007).";
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("meetings").Resolve(c => (int)c.Source.Meetings);
        Field<NonNullGraphType<IntGraphType>>("cables").Resolve(c => (int)c.Source.Cables);
    }
}
