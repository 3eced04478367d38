// kaws benchmarks: dotnet run -c Release --project tests/Benchmarks -- --filter '*'
// (any BenchmarkDotNet switch works: --job short, --list flat, --filter '*Scale*').
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kaws.Benchmarks.CliBenchmarks).Assembly).Run(args);
