using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Export;

// `dotnet run -c Release -- --filter '*Export*'` runs BenchmarkDotNet; `export-sizes` prints what the export benchmarks export.
if (args is ["export-sizes"])
{
    await ExportBenchmarks.PrintSizesAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly).Run(args);
