using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>One numbered paragraph of a cable.</summary>
internal sealed record CableParagraph(int Number, string? Marking, string Text, int Start, int End);

internal sealed class ParagraphType : ObjectGraphType<CableParagraph>
{
    public ParagraphType()
    {
        Name = "Paragraph";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Number);
        Field<StringGraphType>("marking").Description("Classification marking such as C or SBU, when present.").Resolve(c => c.Source.Marking);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
    }
}
