namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The operating system masters and nodes boot: Canonical's Ubuntu LTS for amd64. The boot documents pin
/// this release's packages, and the launch templates resolve its AMI from Canonical's public SSM parameter,
/// both from this one constant.
/// </summary>
public static class HostImage
{
    public const string UbuntuRelease = "26.04";

    public const string Architecture = "amd64";

    /// <summary>Canonical's public parameter holding the current AMI id of this release in every region.</summary>
    public const string AmiParameter = $"/aws/service/canonical/ubuntu/server/{UbuntuRelease}/stable/current/{Architecture}/hvm/ebs-gp3/ami-id";
}
