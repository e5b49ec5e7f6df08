using KnowledgeGraph.Export.Tests.Support;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Tests.Writers;

public sealed class ExportDeterminismTests
{
    public static TheoryData<ExportFormat> Formats => new(Enum.GetValues<ExportFormat>());

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Same_graph_gives_the_same_bytes_whatever_order_it_comes_in(ExportFormat format)
    {
        var graph = SampleGraph.Create();
        var shuffled = new Subgraph(
            graph.Nodes.Reverse().Select(n => n with { Properties = n.Properties.Reverse().ToDictionary() }).ToArray(),
            graph.Edges.Reverse().Select(e => e with { Properties = e.Properties.Reverse().ToDictionary() }).ToArray());

        var first = await Exports.ToBytesAsync(format, graph);
        var second = await Exports.ToBytesAsync(format, graph);
        var third = await Exports.ToBytesAsync(format, shuffled);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Streams_in_bounded_asynchronous_chunks(ExportFormat format)
    {
        var graph = LargeGraph(nodes: 2_000, edges: 20_000);
        var output = new AsyncOnlyStream();

        await GraphExporters.For(format).WriteAsync(ExportSource.FromSubgraph(graph), output);

        Assert.True(output.Length > 250_000, $"{output.Length} bytes");
        Assert.True(output.Writes > 5, $"{output.Writes} writes");
        Assert.True(output.LargestWrite < 2_000_000, $"largest write {output.LargestWrite} bytes");
    }

    private static Subgraph LargeGraph(int nodes, int edges)
    {
        var nodeList = Enumerable.Range(0, nodes)
            .Select(i => SampleGraph.Node($"person:{i:D6}", NodeKind.Person, $"Person {i}", ("name", $"Person {i}"), ("mentionCount", (long)i), ("aliases", new[] { $"P{i}" })))
            .ToArray();
        var edgeList = Enumerable.Range(0, edges)
            .Select(i => new GraphEdge($"MET:{i:D7}", "MET", nodeList[i % nodes].Id, nodeList[(i * 7 + 1) % nodes].Id,
                new Dictionary<string, object?> { ["meetings"] = (long)(i % 5 + 1), ["first"] = "2007-10-23", ["last"] = "2008-01-02" }))
            .ToArray();
        return new Subgraph(nodeList, edgeList);
    }

    /// <summary>Like ASP.NET Core's response body: synchronous writes throw. Keeps only sizes.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        public long Writes { get; private set; }

        public long LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        private long length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
