using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Infra.Cluster;
using Kaws.Infra.Config;
using Kaws.Pki;

namespace Kaws.Benchmarks.Scale;

/// <summary>
/// A cluster grown to about a given number of resources by adding node groups, through the real
/// stack definition (<see cref="ClusterStack"/>). While the stack builds no resources per node group,
/// each group also gets a <see cref="BenchNodeGroup"/> so the size still comes from node groups.
/// </summary>
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

    /// <summary>How many node groups make about <paramref name="resources"/> resources, and whether the stack builds them itself.</summary>
    public static (int NodeGroups, bool Synthetic) Plan(int resources)
    {
        var one = Count(Build(Config(1), synthetic: false));
        var two = Count(Build(Config(2), synthetic: false));
        var synthetic = two == one;
        var perGroup = synthetic ? Count(Build(Config(2), synthetic: true)) - Count(Build(Config(1), synthetic: true)) : two - one;
        var baseline = (synthetic ? Count(Build(Config(1), synthetic: true)) : one) - perGroup;
        return (Math.Max(1, (int)Math.Round((resources - baseline) / (double)perGroup)), synthetic);
    }

    public static Stack Build(StackConfig config, bool synthetic)
    {
        var stack = ClusterStack.Build(config);
        if (!synthetic)
        {
            return stack;
        }

        var ca = stack.Descendants().OfType<CertificateAuthority>().FirstOrDefault();
        foreach (var group in config.NodeGroups)
        {
            new BenchNodeGroup(stack, $"bench-{group.Name}", new BenchNodeGroupArgs(
                config.ClusterName,
                group.InstanceType,
                group.Min,
                group.Desired,
                group.Max,
                stack.Outputs.GetValueOrDefault("kmsKeyArn"),
                stack.Outputs.GetValueOrDefault("privateSubnetIds"),
                ca?.Key.PrivateKeyPem.Expression,
                ca?.Certificate.CertPem.Expression));
        }

        return stack;
    }

    private static int Count(Stack stack) => stack.Resources.Count();

    private static NodeGroupConfig Group(int index) =>
        new($"group{index:D4}", "m7i.large", 1, NodesPerGroup, 4, ImmutableSortedDictionary<string, string>.Empty, []);
}
