using System.Collections.Immutable;

namespace Kaws.Infra.Config;

/// <summary>One worker node group. Its name keys its resources, so reordering groups renames nothing.</summary>
public sealed record NodeGroupConfig(
    string Name,
    string InstanceType,
    int Min,
    int Desired,
    int Max,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableArray<NodeTaint> Taints);
