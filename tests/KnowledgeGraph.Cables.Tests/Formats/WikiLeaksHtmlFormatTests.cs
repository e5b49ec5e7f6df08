using System.Net;
using KnowledgeGraph.Cables.Formats;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Tests.Formats;

/// <summary>The page's text is decoded as <see cref="WebUtility.HtmlDecode(string)"/> decodes it, whichever path the reader takes.</summary>
public sealed class WikiLeaksHtmlFormatTests
{
    [Theory]
    [InlineData("Line one&#x000A;Line two")]
    [InlineData("1.4 (B) & (D)")] // a bare '&' followed by a space
    [InlineData("1.4 (d).&#x000A;next")]
    [InlineData("AT&T and P&G")] // letters after it, no ';'
    [InlineData("Energy & Technology; more")] // a ';' later, after a space
    [InlineData("ends with &")]
    [InlineData("&amp; &lt;tag&gt; &quot;quoted&quot;")] // named entities: the full decoder
    [InlineData("&AT&T;")] // a name closed by ';' that is no entity
    [InlineData("&#65;&#x42;&#x43")] // the last one unclosed
    [InlineData("&;")]
    [InlineData("& &#x000A;&")]
    public void Cable_text_is_decoded_as_HtmlDecode_would(string encoded)
    {
        var html = $"<html><pre>HEADER LINE</pre><pre>{encoded}</pre></html>";
        var document = WikiLeaksHtmlFormat.Read(html, null, out var error);
        Assert.Null(error);
        // Lines normalized as the reader does (no trailing spaces, no leading or trailing line breaks).
        Assert.Equal(TextLines.Normalize(WebUtility.HtmlDecode(encoded), trimLineBreaks: true), document!.Content);
    }
}
