using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Infra.Cluster;
using Kaws.Infra.Config;

namespace Kaws.Benchmarks.Scale;

/// <summary>A dev-like cluster grown to about a given number of resources by adding node groups, through the real <see cref="ClusterStack"/>.</summary>
public static class ScaledCluster
{
    private const int NodesPerGroup = 2;

    public static StackConfig Config(int nodeGroups) => new()
    {
        StackName = "scale",
        ClusterName = "kaws-scale",
        Region = "eu-west-1",
        NodeGroups = [.. Enumerable.Range(0, nodeGroups).Select(Group)],
    };

    /// <summary>How many node groups make about <paramref name="resources"/> resources.</summary>
    public static int NodeGroupsFor(int resources)
    {
        var one = Count(Build(Config(1)));
        var perGroup = Count(Build(Config(2))) - one;
        if (perGroup < 1)
        {
            throw new InvalidOperationException("a node group adds no resources to the stack, so node groups cannot scale it");
        }

        return Math.Max(1, (int)Math.Round((resources - (one - perGroup)) / (double)perGroup));
    }

    public static Stack Build(StackConfig config) => ClusterStack.Build(config);

    private static int Count(Stack stack) => stack.Resources.Count();

    private static NodeGroupConfig Group(int index) =>
        new($"group{index:D4}", "m7i.large", 1, NodesPerGroup, 4, ImmutableSortedDictionary<string, string>.Empty, []);
}
