using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Iam;

namespace Kaws.Compute;

/// <summary>Inputs of <see cref="InstanceRole"/>: <paramref name="Policies"/> are inline policies by name.</summary>
public sealed record InstanceRoleArgs(string ClusterName, string Purpose, Value Partition, IReadOnlyList<(string Name, Value Document)> Policies);

/// <summary>
/// An EC2 instance role and its instance profile. Every role gets Session Manager (the managed
/// AmazonSSMManagedInstanceCore policy): that, not SSH, is how operators reach instances. Other components
/// attach more statements through <see cref="Role"/>.
/// </summary>
public sealed class InstanceRole : ComponentResource
{
    public InstanceRole(Construct scope, string id, InstanceRoleArgs args)
        : base(scope, id, "kaws:compute:InstanceRole")
    {
        Role = new Role(this, "role", new RoleArgs
        {
            AssumeRolePolicy = Fn.ToJson(IamDocuments.AssumeRoleBy("ec2.amazonaws.com")),
            Description = $"kaws {args.ClusterName} {args.Purpose}",
            Tags = ClusterTags.For(args.ClusterName, args.Purpose),
        });
        new RolePolicyAttachment(this, "session-manager", new RolePolicyAttachmentArgs
        {
            Role = Role.Name,
            PolicyArn = Fn.Format($"arn:{args.Partition}:iam::aws:policy/{InstanceIamPolicies.SessionManagerPolicy}"),
        });
        foreach (var (name, document) in args.Policies)
        {
            new RolePolicy(this, name, new RolePolicyArgs { Role = Role.Id, Policy = Fn.ToJson(document) });
        }

        Profile = new InstanceProfile(this, "profile", new InstanceProfileArgs
        {
            Role = Role.Name,
            Tags = ClusterTags.For(args.ClusterName, args.Purpose),
        });
    }

    /// <summary>The role; add statements with a RolePolicy whose Role is <c>Role.Id</c>.</summary>
    public Role Role { get; }

    public InstanceProfile Profile { get; }
}
