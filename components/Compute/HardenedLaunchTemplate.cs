using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Compute;

/// <summary>What differs between the launch templates of masters and node groups.</summary>
public sealed record HardenedLaunchTemplateSpec(
    string ClusterName,
    string Name,
    string RoleTag,
    string InstanceType,
    Output<string> SecurityGroupId,
    Output<string> InstanceProfileArn,
    Output<string> VolumeKeyArn,
    int RootVolumeGb,
    string UserData);

/// <summary>
/// The one launch template shape kaws uses: Canonical's Ubuntu AMI, IMDSv2 only with a hop limit of 1 (a
/// container cannot reach the instance role's credentials), an encrypted gp3 root volume under the cluster
/// key, no public IP, and the boot cloud-init as (gzip, base64) user data.
/// </summary>
public static class HardenedLaunchTemplate
{
    /// <summary>The root device of Canonical's Ubuntu AMIs.</summary>
    public const string RootDevice = "/dev/sda1";

    public static LaunchTemplate Create(Construct scope, string id, HardenedLaunchTemplateSpec spec)
    {
        var tags = ClusterTags.For(spec.ClusterName, spec.Name, new Dictionary<string, string> { ["kaws:role"] = spec.RoleTag });
        return new LaunchTemplate(scope, id, new LaunchTemplateArgs
        {
            Description = $"kaws {spec.ClusterName} {spec.Name}",
            ImageId = UbuntuImage.AmiId(),
            InstanceType = spec.InstanceType,
            UserData = spec.UserData,
            IamInstanceProfile = new LaunchTemplateIamInstanceProfileArgs { Arn = spec.InstanceProfileArn },
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
                InstanceMetadataTags = "disabled",
            },
            BlockDeviceMappings = new[]
            {
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = RootDevice,
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs
                    {
                        VolumeType = "gp3",
                        VolumeSize = spec.RootVolumeGb,
                        Encrypted = "true",
                        KmsKeyId = spec.VolumeKeyArn,
                        DeleteOnTermination = "true",
                    },
                },
            },
            NetworkInterfaces = new[]
            {
                new LaunchTemplateNetworkInterfaceArgs
                {
                    DeviceIndex = 0,
                    AssociatePublicIpAddress = "false",
                    DeleteOnTermination = "true",
                    SecurityGroups = new Input<string>[] { spec.SecurityGroupId },
                },
            },
            Monitoring = new LaunchTemplateMonitoringArgs { Enabled = true },
            UpdateDefaultVersion = true,
            TagSpecifications = new[]
            {
                new LaunchTemplateTagSpecificationArgs { ResourceType = "instance", Tags = tags },
                new LaunchTemplateTagSpecificationArgs { ResourceType = "volume", Tags = tags },
            },
            Tags = ClusterTags.For(spec.ClusterName, spec.Name),
        });
    }
}
