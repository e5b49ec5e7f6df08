using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>The <c>Date</c> scalar: an ISO calendar date (<c>2007-10-23</c>).</summary>
internal sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "An ISO 8601 calendar date, e.g. 2007-10-23.";
    }
}
