using KnowledgeGraph.Graph.Mapping;

namespace KnowledgeGraph.Graph.Tests.Mapping;

public sealed class PostIdTests
{
    [Theory]
    [InlineData("Embassy Tokyo", "post:tokyo", "Embassy Tokyo")]
    [InlineData("AMEMBASSY TOKYO", "post:tokyo", "Embassy Tokyo")]
    [InlineData("  amembassy   tokyo ", "post:tokyo", "Embassy Tokyo")]
    [InlineData("Consulate Chennai", "post:chennai", "Consulate Chennai")]
    [InlineData("AMCONSUL CHENNAI", "post:chennai", "Consulate Chennai")]
    [InlineData("USMISSION GENEVA", "post:geneva", "Mission Geneva")]
    [InlineData("Embassy Port Au Prince", "post:port-au-prince", "Embassy Port Au Prince")]
    [InlineData("SECSTATE WASHDC", "post:secstate-washdc", "Secstate Washdc")]
    [InlineData("USUN NEW YORK", "post:usun-new-york", "Usun New York")]
    public void Maps_origins_to_one_post(string origin, string id, string name)
    {
        Assert.Equal((id, name), PostId.FromOrigin(origin));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    public void No_origin_no_post(string? origin) => Assert.Null(PostId.FromOrigin(origin));
}
