using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

// Every benchmark class in this assembly; pick with --filter, e.g. `--filter *Reading*`.
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
