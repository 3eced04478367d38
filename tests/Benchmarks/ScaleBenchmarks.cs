using BenchmarkDotNet.Attributes;
using Kaws.Benchmarks.Scale;

namespace Kaws.Benchmarks;

/// <summary>A cluster scaled by node groups to about 1,000 and 10,000 resources: build, compile, validate, write and policy-check.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private int nodeGroups;

    [Params(1_000, 10_000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup() => nodeGroups = ScaledCluster.NodeGroupsFor(Resources);

    [Benchmark]
    public int CompileValidatePolicies()
    {
        var result = ScaleRun.Run(nodeGroups);
        return result.PoliciesPassed ? result.Resources : throw new InvalidOperationException("the scaled cluster failed a mandatory policy");
    }
}
