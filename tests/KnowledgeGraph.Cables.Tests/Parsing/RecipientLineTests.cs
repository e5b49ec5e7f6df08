using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Parsing;

namespace KnowledgeGraph.Cables.Tests.Parsing;

/// <summary>The addressee scanner reads a line exactly as the pattern it replaced did (the pattern is kept here as the oracle).</summary>
public sealed class RecipientLineTests
{
    private static readonly Regex Oracle = new(
        @"^(?:(?<route>[A-Z0-9]{4,8})/)?(?<name>.+?)(?:\s+(?<prec>NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?:\s+(?<mcn>\d{4}))?$",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("RUEHC/SECSTATE WASHDC IMMEDIATE 8984")]
    [InlineData("RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 8984")]
    [InlineData("SECSTATE WASHDC PRIORITY")]
    [InlineData("SECSTATE WASHDC 0872")]
    [InlineData("AMEMBASSY TOKYO")]
    [InlineData("RUEHC/SECSTATE")]
    [InlineData("RUEHC/")] // no name after the slash: the whole line is the name
    [InlineData("RUEHCABCD/SECSTATE WASHDC")] // nine characters: no route
    [InlineData("RUE/SECSTATE WASHDC")] // three characters: no route
    [InlineData("ruehc/SECSTATE WASHDC")] // lower case: no route
    [InlineData("SECSTATE WASHDC  ROUTINE   1234")] // odd spacing
    [InlineData("SECSTATE WASHDC\tFLASH\t1234")]
    [InlineData("SECSTATE WASHDC IMMEDIATE1234")] // glued: no precedence, no MCN
    [InlineData("SECSTATE WASHDC 12345")] // five digits: no MCN
    [InlineData("SECSTATE WASHDC ROUTINE ROUTINE")] // the first ROUTINE is part of the name
    [InlineData("IMMEDIATE")] // a name of one word that looks like a precedence
    [InlineData("X 1234")]
    [InlineData("RUEHC/ SECSTATE WASHDC")] // space after the slash, trimmed off the name
    [InlineData("USMISSION USUN NEW YORK PRIORITY 0123")]
    [InlineData("SECSTATE WASHDC immediate 1234")] // lower-case precedence: part of the name
    [InlineData("SECSTATE WASHDC \u0661\u0662\u0663\u0664")] // \d is any decimal digit
    [InlineData("SECSTATE WASHDC\u00A0ROUTINE")] // \s includes the no-break space
    [InlineData("A")]
    public void Reads_a_line_as_the_pattern_did(string line)
    {
        var m = Oracle.Match(line);
        Assert.True(m.Success);
        var r = RecipientLine.Read(line);
        Assert.Equal(m.Groups["route"].Success ? m.Groups["route"].Value : null, r.Route);
        Assert.Equal(m.Groups["name"].Value.Trim(), r.Name);
        Assert.Equal(m.Groups["prec"].Success ? m.Groups["prec"].Value : null, r.Precedence);
        Assert.Equal(m.Groups["mcn"].Success ? m.Groups["mcn"].Value : null, r.Mcn);
    }
}
