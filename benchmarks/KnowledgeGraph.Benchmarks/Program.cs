using System.Globalization;
using KnowledgeGraph.Benchmarks.Api;

// `dotnet run -c Release -- api-latency [CABLES]`: GraphQL latency percentiles on an embedded store of CABLES synthetic cables.
if (args is ["api-latency", ..])
{
    await ApiLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return;
}

Console.Error.WriteLine("usage: api-latency [CABLES]");
