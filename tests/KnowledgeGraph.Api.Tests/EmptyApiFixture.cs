namespace KnowledgeGraph.Api.Tests;

/// <summary>Hosts over empty stores.</summary>
public sealed class EmptyApiFixture : ApiFixture
{
    protected override bool LoadsData => false;
}
