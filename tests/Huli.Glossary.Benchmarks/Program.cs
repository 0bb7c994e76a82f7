using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Huli.Glossary.Benchmarks.Corpus).Assembly).Run(args);
