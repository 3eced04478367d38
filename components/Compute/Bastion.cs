using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Compute;

/// <summary>Inputs of <see cref="Bastion"/>.</summary>
public sealed record BastionArgs(
    string ClusterName,
    string InstanceType,
    Value Partition,
    Output<string> SecurityGroupId,
    Output<string> PublicSubnetId,
    Output<string> VolumeKeyArn);

/// <summary>
/// The optional SSH bastion (kaws:bastion ssh): one small instance in the first public subnet and the only
/// kaws instance with a public address. Its group admits port 22 from kaws:adminCidrs only. It has no key
/// pair: operators push a short-lived key with EC2 Instance Connect, and its role grants nothing but Session
/// Manager. The default is no bastion at all.
/// </summary>
public sealed class Bastion : ComponentResource
{
    public const string DefaultInstanceType = "t3.micro";

    public Bastion(Construct scope, string id, BastionArgs args)
        : base(scope, id, "kaws:compute:Bastion")
    {
        Identity = new InstanceRole(this, "identity", new InstanceRoleArgs(args.ClusterName, "bastion", args.Partition, []));
        Instance = new Instance(this, "instance", new InstanceArgs
        {
            Ami = UbuntuImage.AmiId(),
            InstanceType = args.InstanceType,
            SubnetId = args.PublicSubnetId,
            VpcSecurityGroupIds = new Input<string>[] { args.SecurityGroupId },
            AssociatePublicIpAddress = true,
            IamInstanceProfile = Identity.Profile.Name,
            MetadataOptions = new InstanceMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
                InstanceMetadataTags = "disabled",
            },
            RootBlockDevice = new InstanceRootBlockDeviceArgs
            {
                VolumeType = "gp3",
                VolumeSize = 16,
                Encrypted = true,
                KmsKeyId = args.VolumeKeyArn,
                DeleteOnTermination = true,
            },
            Tags = ClusterTags.For(args.ClusterName, "bastion", new Dictionary<string, string> { ["kaws:role"] = "bastion" }),
            VolumeTags = ClusterTags.For(args.ClusterName, "bastion"),
        }, new ResourceOptions { IgnoreChanges = ["ami"] }); // a newer Canonical image must not replace the running bastion
    }

    public InstanceRole Identity { get; }

    public Instance Instance { get; }
}
