using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Autoscaling;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Compute;

/// <summary>Inputs of <see cref="MasterGroup"/>. <paramref name="UserData"/> is the encoded boot cloud-init of a master.</summary>
public sealed record MasterGroupArgs(
    string ClusterName,
    int Count,
    string InstanceType,
    int VolumeGb,
    InstancePolicyScope PolicyScope,
    Output<string> SecurityGroupId,
    ImmutableArray<Output<string>> PrivateSubnetIds,
    Output<string> ApiTargetGroupArn,
    Output<string> VolumeKeyArn,
    string UserData,
    IReadOnlyList<(string Name, Value Document)>? ExtraPolicies = null,
    ImmutableArray<CustomResource> BootPrerequisites = default);

/// <summary>
/// The control plane: an auto scaling group of <c>Count</c> masters (an odd number, for etcd quorum) over the
/// private subnets, registered with the API load balancer's target group. The role reads only the master and
/// cluster parameters, decrypts only through SSM, and writes only the init lock the first master takes.
/// </summary>
public sealed class MasterGroup : ComponentResource
{
    /// <summary>How long creating the master group may wait for the first master's API to be ready.</summary>
    public const string ApiReadyTimeout = "20m";

    public MasterGroup(Construct scope, string id, MasterGroupArgs args)
        : base(scope, id, "kaws:compute:MasterGroup")
    {
        Identity = new InstanceRole(this, "identity", new InstanceRoleArgs(args.ClusterName, "master", args.PolicyScope.Partition,
        [
            ("parameters", InstanceIamPolicies.Master(args.PolicyScope)),
            ("cloud-controller", InstanceIamPolicies.CloudController(args.PolicyScope)),
            .. args.ExtraPolicies ?? [],
        ]));

        LaunchTemplate = HardenedLaunchTemplate.Create(this, "launch-template", new HardenedLaunchTemplateSpec(
            args.ClusterName, "master", "master", args.InstanceType, args.SecurityGroupId, Identity.Profile.Arn, args.VolumeKeyArn, args.VolumeGb, args.UserData));

        Group = PrivateScalingGroup.Create(this, "group", LaunchTemplate, new PrivateScalingGroupSpec(
            args.ClusterName, "masters", args.Count, args.Count, args.Count, args.PrivateSubnetIds, [args.ApiTargetGroupArn],
            ImmutableSortedDictionary<string, string>.Empty.Add("kaws:role", "master"),
            BootPrerequisiteSet.Of(Identity, args.BootPrerequisites),
            // No automatic refresh for masters: a replaced master leaves a stale etcd member behind, so masters
            // are rolled by hand, one at a time (docs/operations.md).
            RollOnTemplateChange: false,
            // The first `pulumi up` waits here until one master answers /readyz through the load balancer, so
            // what talks to the API next (the in-cluster baseline) finds it serving. kubeadm init, package
            // installs and image pulls take minutes: the wait allows twenty.
            WaitOnCreate: new HealthyTargetsWait(1, ApiReadyTimeout)));
    }

    public InstanceRole Identity { get; }

    /// <summary>The masters' role (other components' statements arrive through <see cref="MasterGroupArgs.ExtraPolicies"/>).</summary>
    public Kaws.Providers.Aws.Iam.Role Role => Identity.Role;

    public LaunchTemplate LaunchTemplate { get; }

    public Group Group { get; }
}
