using Kaws.Core;
using Kaws.Kubernetes.Boot;
using Kaws.Providers.Aws.Ssm;

namespace Kaws.Compute;

/// <summary>The AMI every kaws instance boots: resolved at deploy time from Canonical's public SSM parameter.</summary>
public static class UbuntuImage
{
    public static Value AmiId() => Fn.Invoke(GetParameter.Token, new GetParameterArgs { Name = HostImage.AmiParameter }, "value");
}
