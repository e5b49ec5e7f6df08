using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
