using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Tests.Internal;

public sealed class TextLinesTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("HUMAN RIGHTS", "HUMAN RIGHTS")]
    [InlineData(" HUMAN RIGHTS", "HUMAN RIGHTS")]
    [InlineData("HUMAN RIGHTS ", "HUMAN RIGHTS")]
    [InlineData("HUMAN  RIGHTS", "HUMAN RIGHTS")]
    [InlineData("HUMAN\nRIGHTS", "HUMAN RIGHTS")]
    [InlineData("HUMAN \n RIGHTS", "HUMAN RIGHTS")]
    [InlineData("HUMAN\u00A0RIGHTS", "HUMAN RIGHTS")]
    [InlineData("A B C", "A B C")]
    public void Squash_collapses_white_space_to_one_space_and_trims(string text, string expected)
        => Assert.Equal(expected, TextLines.Squash(text));

    [Fact]
    public void Squash_returns_the_input_when_nothing_changes()
    {
        var text = "JOHN A. SMITH";
        Assert.Same(text, TextLines.Squash(text));
    }

    [Fact]
    public void Squash_handles_text_longer_than_its_stack_buffer()
    {
        var words = Enumerable.Range(0, 200).Select(i => "W" + i).ToList();
        Assert.Equal(string.Join(' ', words), TextLines.Squash("  " + string.Join("  \n ", words) + "\t"));
    }
}
