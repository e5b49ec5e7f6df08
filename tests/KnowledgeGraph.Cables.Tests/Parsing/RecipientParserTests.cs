using KnowledgeGraph.Cables.Parsing;

namespace KnowledgeGraph.Cables.Tests.Parsing;

public sealed class RecipientParserTests
{
    private const string Header = """
        R 241012Z MAR 09
        FM AMEMBASSY TOKYO
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 8984
        RUEKJCS/SECDEF WASHDC PRIORITY
        INFO RUEHBJ/AMEMBASSY BEIJING 0872
        COLLECTIVE
        XMT AMEMBASSY SEOUL
        AMCONSUL NAHA
        BT
        """;

    [Fact]
    public void Reads_the_TO_section_up_to_INFO()
    {
        var to = RecipientParser.ParseTo(Header);
        Assert.Equal(["SECSTATE WASHDC", "SECDEF WASHDC"], to.Select(r => r.Name));
        Assert.Equal(["RUEHC", "RUEKJCS"], to.Select(r => r.Route));
        Assert.Equal(["IMMEDIATE", "PRIORITY"], to.Select(r => r.Precedence));
        Assert.Equal(["8984", null], to.Select(r => r.Mcn));
    }

    [Fact]
    public void Reads_the_INFO_section_with_XMT_exclusions_up_to_BT()
    {
        var info = RecipientParser.ParseInfo(Header);
        Assert.Equal(["AMEMBASSY BEIJING", "COLLECTIVE"], info.Select(r => r.Name));
        Assert.Empty(info[0].Excluded);
        Assert.Equal(["AMEMBASSY SEOUL", "AMCONSUL NAHA"], info[1].Excluded);
    }

    [Theory]
    [InlineData("TOKYO 1234")] // "TO" inside a word starts no section
    [InlineData("INFORMATION")]
    public void A_key_must_be_a_whole_word(string line)
        => Assert.Empty(RecipientParser.ParseTo(line + "\nSECSTATE WASHDC"));

    [Theory]
    [InlineData("ZZ 241012Z")] // a date-time group with a two-letter precedence ends the section
    [InlineData("O 241012Z")]
    [InlineData("FM AMEMBASSY TOKYO")]
    [InlineData("NNNN")]
    public void A_stop_line_ends_the_section(string stop)
        => Assert.Equal(["SECSTATE WASHDC"], RecipientParser.ParseTo("TO SECSTATE WASHDC\n" + stop + "\nAMEMBASSY PARIS").Select(r => r.Name));

    [Theory]
    [InlineData("OO 24101Z")] // five digits: no date-time group, an addressee
    [InlineData("FMX PARIS")] // FM glued to a word: an addressee
    public void A_near_stop_line_is_an_addressee(string line)
        => Assert.Equal(2, RecipientParser.ParseTo("TO SECSTATE WASHDC\n" + line).Count);

    [Theory]
    [InlineData("PAGE 02 TOKYO 01234 241012Z", 1)] // a page header inside the list is skipped
    [InlineData("PAGE 02A", 2)] // "02A": no page header
    public void Page_headers_are_skipped(string line, int count)
        => Assert.Equal(count, RecipientParser.ParseTo("TO SECSTATE WASHDC\n" + line).Count);

    [Fact]
    public void Wrapped_and_indented_lines_are_trimmed()
        => Assert.Equal(["SECSTATE WASHDC", "AMEMBASSY PARIS"], RecipientParser.ParseTo("TO   SECSTATE WASHDC   \r\n\t  AMEMBASSY PARIS  ").Select(r => r.Name));
}
