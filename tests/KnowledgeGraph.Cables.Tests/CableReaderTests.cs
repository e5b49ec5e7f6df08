using System.Text;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cables.Tests;

/// <summary>Formats, inputs (files, directories, stdin) and bad input of <see cref="CableReader"/>.</summary>
public sealed class CableReaderTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cables.csv");
    private static readonly string Seed = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Csv_release_reads_every_record_and_rejects_the_bad_one_with_its_record_and_line()
    {
        var results = new CableReader().Read([Fixture]).ToList();
        Assert.Equal(4, results.Count);
        var rejected = Assert.IsType<CableRejected>(results[2]);
        Assert.Equal(3, rejected.Source.Record);
        Assert.Matches(@"^line \d+: expected 8 columns, found 7$", rejected.Message);
        Assert.Equal(["08OSLO123", "09REYKJAVIK45", "10STATE777"], results.OfType<CableParsed>().Select(p => p.Cable.Id));
        Assert.All(results.OfType<CableParsed>(), p => Assert.Equal(CableFormat.CablesCsv, p.Cable.Source.Format));
    }

    [Fact]
    public void Csv_record_fields_come_from_columns_and_text()
    {
        var cable = new CableReader().Read([Fixture]).OfType<CableParsed>().First().Cable;
        Assert.Equal(new DateTimeOffset(2008, 5, 2, 10, 0, 0, TimeSpan.Zero), cable.Created);
        Assert.Equal("Embassy Oslo", cable.Origin);
        Assert.Equal("CONFIDENTIAL", cable.Classification);
        Assert.Equal(1, cable.Source.Record);
        Assert.Equal("NORWAY AND SWEDEN DISCUSS \"NORTHERN\" ENERGY LINKS", cable.Subject);
        Assert.Equal(["08OSLO100", "08STATE4567"], cable.References.Select(r => r.Value));
        Assert.Equal(["A", "B"], cable.References.Select(r => r.Bullet));
        Assert.Equal("Jane Q. Example", Assert.Single(cable.ClassifiedBy).Name);
        Assert.Equal(["EXAMPLE"], cable.Signers);
        Assert.Equal("RUEHC", Assert.Single(cable.Recipients).Route);
        Assert.Equal("AMEMBASSY STOCKHOLM", Assert.Single(cable.InfoRecipients).Name);
        Assert.Equal([1, 2], cable.Paragraphs.Select(p => p.Number));
        Assert.Equal("Summary. State Secretary Ola Nordmann met his Swedish counterpart on May 1 to discuss a \"northern\" grid link. End Summary.", cable.Paragraphs[0].Text);
        Assert.Equal(["PREL", "ENRG", "NO", "SW"], cable.Tags.Select(t => t.Value));
        Assert.Equal(["NO", "SE"], cable.Tags.Where(t => t.Kind == TagKind.Geo).Select(t => t.CountryCode));
    }

    [Fact]
    public void Csv_page_breaks_are_removed_and_the_sentence_continues()
    {
        var cable = new CableReader().Read([Fixture]).OfType<CableParsed>().Single(p => p.Cable.Id == "09REYKJAVIK45").Cable;
        Assert.Equal("Officials in Reykjavik described this year's quotas as \"stable.\"\n\nNo change is expected before the autumn.", cable.Body);
        Assert.Equal("UNCLASSIFIED", cable.Classification);
    }

    [Fact]
    public void In_memory_csv_is_detected()
    {
        var results = new CableReader().Parse(File.ReadAllText(Fixture), "upload").ToList();
        Assert.Equal(3, results.OfType<CableParsed>().Count());
    }

    [Fact]
    public void Csv_streams_record_by_record()
    {
        // An endless cables.csv: reading the first records must not need the rest.
        var first = File.ReadAllText(Fixture).Split("\"102\"")[0];
        var results = new CableReader(() => new RepeatingStream(Encoding.UTF8.GetBytes(first))).Read(["-"]).Take(5).ToList();
        Assert.Equal(5, results.Count);
        Assert.Equal([1, 2, 3, 4, 5], results.Select(r => r.Source.Record!.Value));
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", "\n\n   \n"u8.ToArray(), "empty file" },
        { "image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02], "binary file, not cable text" },
        { "notes.txt", "Shopping list:\n- milk\n- bread\n"u8.ToArray(), "not a cable: no reference id, routing header, TAGS or SUBJECT found" },
        { "truncated.txt", "VZCZCXRO0001\nR 021000Z MAY 08\nFM AMEMBASSY OSLO\nTO RUEHC/SECSTATE WASHDC 0001\n"u8.ToArray(), "truncated or damaged cable: no reference id (no classification banner with a serial, no id trailer)" },
        { "broken.html", "<html><body><table><tr><td>08OSLO123"u8.ToArray(), "broken HTML: no cable text (<pre> block) found" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_rejected_with_one_line(string name, byte[] content, string message)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        var rejected = Assert.IsType<CableRejected>(Assert.Single(new CableReader().Read([path])));
        Assert.Equal(message, rejected.Message);
        Assert.Equal(path, rejected.Source.Name);
        Assert.DoesNotContain('\n', rejected.Message);
    }

    [Fact]
    public void Huge_single_cable_file_is_rejected_without_reading_it_whole()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(CableReader.MaxSingleCableBytes + 1);
            f.Write("SUBJECT: X\n"u8);
        }

        var rejected = Assert.IsType<CableRejected>(Assert.Single(new CableReader().Read([path])));
        Assert.StartsWith("binary file", rejected.Message, StringComparison.Ordinal); // a sparse file is NULs

        File.WriteAllText(path, new string('A', (int)CableReader.MaxSingleCableBytes + 10));
        rejected = Assert.IsType<CableRejected>(Assert.Single(new CableReader().Read([path])));
        Assert.StartsWith("too large for a single text cable", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_rejected_and_the_run_goes_on()
    {
        var results = new CableReader().Read([Path.Combine(_dir, "missing.txt"), Seed]).ToList();
        Assert.Equal("no such file or directory", Assert.IsType<CableRejected>(results[0]).Message);
        Assert.IsType<CableParsed>(results[1]);
    }

    [Fact]
    public void Windows_1252_text_is_decoded()
    {
        var text = File.ReadAllText(Seed).Replace("Japan's legal claims", "Japan\u2019s legal claims", StringComparison.Ordinal);
        var path = Path.Combine(_dir, "cp1252.txt");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text));
        var cable = Assert.IsType<CableParsed>(Assert.Single(new CableReader().Read([path]))).Cable;
        Assert.Contains("Japan\u2019s legal claims", cable.Body, StringComparison.Ordinal);
        Assert.Equal("07TOKYO5019", cable.Id);
    }

    [Fact]
    public void Directories_are_read_recursively_in_name_order()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "a", "b"));
        File.Copy(Seed, Path.Combine(_dir, "a", "b", "07TOKYO5019.txt"));
        File.Copy(Fixture, Path.Combine(_dir, "a", "release.csv"));
        var ids = new CableReader().Read([_dir]).OfType<CableParsed>().Select(p => p.Cable.Id).ToList();
        Assert.Equal(["07TOKYO5019", "08OSLO123", "09REYKJAVIK45", "10STATE777"], ids);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var reader = new CableReader(() => File.OpenRead(Seed));
        var cable = Assert.IsType<CableParsed>(Assert.Single(reader.Read(["-"]))).Cable;
        Assert.Equal("07TOKYO5019", cable.Id);
        Assert.Equal("-", cable.Source.Name);
    }

    [Fact]
    public void Text_html_and_csv_agree_on_the_same_cable_fields()
    {
        var text = File.ReadAllText(Seed);
        var header = text[..text.IndexOf("C O N F", StringComparison.Ordinal)];
        var content = text[header.Length..];
        var html = "<html><body><table class='cable'><tr><td><a>07TOKYO5019</a></td><td><a>2007-10-26 08:49</a></td><td><a>2010-11-28 18:06</a></td>"
            + "<td><a>CONFIDENTIAL</a></td><td><a>Embassy Tokyo</a></td></tr></table>"
            + "<code><pre>" + System.Net.WebUtility.HtmlEncode(header).Replace("\n", "&#x000A;", StringComparison.Ordinal) + "</pre></code>"
            + "<code><pre>" + System.Net.WebUtility.HtmlEncode(content).Replace("\n", "&#x000A;", StringComparison.Ordinal).Replace("¶", "<a id='par1' href='#par1'>¶</a>", StringComparison.Ordinal) + "</pre></code></body></html>";
        var fromText = Assert.IsType<CableParsed>(Assert.Single(new CableReader().Parse(text, "seed.txt"))).Cable;
        var fromHtml = Assert.IsType<CableParsed>(Assert.Single(new CableReader().Parse(html, "seed.html"))).Cable;
        Assert.Equal(CableFormat.WikiLeaksHtml, fromHtml.Source.Format);
        Assert.Equal(fromText.Body, fromHtml.Body);
        Assert.Equal(fromText.Paragraphs, fromHtml.Paragraphs);
        Assert.Equal(fromText.Subject, fromHtml.Subject);
        Assert.Equal(fromText.Created, fromHtml.Created);
        Assert.Equal(fromText.Origin, fromHtml.Origin);
        Assert.Equal(fromText.Recipients.Count, fromHtml.Recipients.Count);
    }

    private sealed class RepeatingStream(byte[] record) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = record[(int)(_position++ % record.Length)];
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
