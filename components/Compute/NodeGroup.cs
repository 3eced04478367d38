using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Autoscaling;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Compute;

/// <summary>A node taint as the autoscaler's node-template tag carries it.</summary>
public sealed record NodeGroupTaint(string Key, string Value, string Effect);

/// <summary>Inputs of <see cref="NodeGroup"/>. <paramref name="UserData"/> is the encoded boot cloud-init of a node.</summary>
public sealed record NodeGroupArgs(
    string ClusterName,
    string Name,
    string InstanceType,
    int Min,
    int Desired,
    int Max,
    ImmutableSortedDictionary<string, string> Labels,
    ImmutableArray<NodeGroupTaint> Taints,
    int VolumeGb,
    InstancePolicyScope PolicyScope,
    Output<string> SecurityGroupId,
    ImmutableArray<Output<string>> PrivateSubnetIds,
    Output<string> VolumeKeyArn,
    string UserData,
    ImmutableArray<CustomResource> BootPrerequisites = default);

/// <summary>
/// One group of worker nodes over the private subnets. Its role reads only the node and cluster parameters:
/// a node never holds a credential that reads P/master. Labels and taints are published as the cluster
/// autoscaler's node-template tags on the group.
/// </summary>
public sealed class NodeGroup : ComponentResource
{
    public const string AutoscalerLabelTag = "k8s.io/cluster-autoscaler/node-template/label/";
    public const string AutoscalerTaintTag = "k8s.io/cluster-autoscaler/node-template/taint/";

    public NodeGroup(Construct scope, string id, NodeGroupArgs args)
        : base(scope, id, "kaws:compute:NodeGroup")
    {
        Identity = new InstanceRole(this, "identity", new InstanceRoleArgs(args.ClusterName, $"nodes-{args.Name}", args.PolicyScope.Partition,
        [
            ("parameters", InstanceIamPolicies.Node(args.PolicyScope)),
        ]));

        LaunchTemplate = HardenedLaunchTemplate.Create(this, "launch-template", new HardenedLaunchTemplateSpec(
            args.ClusterName, $"nodes-{args.Name}", "node", args.InstanceType, args.SecurityGroupId, Identity.Profile.Arn, args.VolumeKeyArn, args.VolumeGb, args.UserData));

        var tags = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        tags["kaws:role"] = "node";
        tags["kaws:node-group"] = args.Name;
        foreach (var (key, value) in args.Labels)
        {
            tags[AutoscalerLabelTag + key] = value;
        }

        foreach (var taint in args.Taints)
        {
            tags[AutoscalerTaintTag + taint.Key] = $"{taint.Value}:{taint.Effect}";
        }

        Group = PrivateScalingGroup.Create(this, "group", LaunchTemplate, new PrivateScalingGroupSpec(
            args.ClusterName, $"nodes-{args.Name}", args.Min, args.Desired, args.Max, args.PrivateSubnetIds, [], tags.ToImmutable(),
            BootPrerequisiteSet.Of(Identity, args.BootPrerequisites),
            RollOnTemplateChange: true));
    }

    public InstanceRole Identity { get; }

    public LaunchTemplate LaunchTemplate { get; }

    public Group Group { get; }
}
