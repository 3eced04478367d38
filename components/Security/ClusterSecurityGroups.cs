using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Ec2;
using Kaws.Providers.Aws.Vpc;

namespace Kaws.Security;

/// <summary>Inputs of <see cref="ClusterSecurityGroups"/>: the ranges behind each <see cref="CidrSource"/> the matrix names.</summary>
public sealed record ClusterSecurityGroupsArgs(
    string ClusterName,
    Output<string> VpcId,
    SecurityGroupMatrixOptions Options,
    ImmutableDictionary<CidrSource, ImmutableArray<NamedCidr>> Cidrs);

/// <summary>
/// The cluster's security groups and their rules, emitted from <see cref="SecurityGroupMatrix"/> and nothing
/// else: groups carry no inline rules, every permission is its own ingress or egress rule resource that
/// references group ids, named after (destination or source, protocol, ports, peer) so that adding one flow
/// adds only its resources.
/// </summary>
public sealed class ClusterSecurityGroups : ComponentResource
{
    /// <summary>The tag the no-world-ingress policy accepts on the public API listener's rules.</summary>
    public const string ApiListenerTag = "kaws:allowPublicIngress";

    private readonly Dictionary<ClusterGroup, SecurityGroup> groups = [];

    public ClusterSecurityGroups(Construct scope, string id, ClusterSecurityGroupsArgs args)
        : base(scope, id, "kaws:security:ClusterSecurityGroups")
    {
        foreach (var group in SecurityGroupMatrix.Groups(args.Options))
        {
            var name = SecurityPeer.Of(group).Name;
            groups[group] = new SecurityGroup(this, name, new SecurityGroupArgs
            {
                VpcId = args.VpcId,
                Description = Describe(group),
                RevokeRulesOnDelete = true,
                Tags = ClusterTags.For(args.ClusterName, $"{name}-sg"),
            });
        }

        foreach (var flow in SecurityGroupMatrix.For(args.Options))
        {
            if (flow.Destination.Group is { } destination)
            {
                Ingress(args, flow, groups[destination]);
            }

            if (flow.Source.Group is { } source)
            {
                Egress(args, flow, groups[source]);
            }
        }
    }

    public SecurityGroup this[ClusterGroup group] => groups[group];

    public IReadOnlyDictionary<ClusterGroup, SecurityGroup> Groups => groups;

    private void Ingress(ClusterSecurityGroupsArgs args, SecurityFlow flow, SecurityGroup destination)
    {
        var publicListener = flow.Source.Cidrs == CidrSource.ApiClients && flow.Destination.Group == ClusterGroup.ApiLoadBalancer;
        foreach (var peer in Peers(args, flow.Source, $"{flow.Destination.Name}-in-{flow.PortName}-from-{flow.Source.Name}"))
        {
            new SecurityGroupIngressRule(this, peer.Name, new SecurityGroupIngressRuleArgs
            {
                SecurityGroupId = destination.Id,
                ReferencedSecurityGroupId = peer.GroupId,
                CidrIpv4 = peer.Cidr,
                IpProtocol = flow.Protocol,
                FromPort = flow.FromPort,
                ToPort = flow.ToPort,
                Description = flow.Reason,
                Tags = ClusterTags.For(args.ClusterName, peer.Name, publicListener ? new Dictionary<string, string> { [ApiListenerTag] = "api-listener" } : null),
            });
        }
    }

    private void Egress(ClusterSecurityGroupsArgs args, SecurityFlow flow, SecurityGroup source)
    {
        foreach (var peer in Peers(args, flow.Destination, $"{flow.Source.Name}-out-{flow.PortName}-to-{flow.Destination.Name}"))
        {
            new SecurityGroupEgressRule(this, peer.Name, new SecurityGroupEgressRuleArgs
            {
                SecurityGroupId = source.Id,
                ReferencedSecurityGroupId = peer.GroupId,
                CidrIpv4 = peer.Cidr,
                IpProtocol = flow.Protocol,
                FromPort = flow.FromPort,
                ToPort = flow.ToPort,
                Description = flow.Reason,
                Tags = ClusterTags.For(args.ClusterName, peer.Name),
            });
        }
    }

    /// <summary>The other end of a rule: one group (one rule), or one rule per CIDR of a range source, named after it.</summary>
    private IEnumerable<(string Name, Input<string>? GroupId, Input<string>? Cidr)> Peers(ClusterSecurityGroupsArgs args, SecurityPeer peer, string baseName)
    {
        if (peer.Group is { } group)
        {
            yield return (baseName, groups[group].Id, null);
            yield break;
        }

        foreach (var cidr in CidrsOf(args, peer.Cidrs!.Value))
        {
            yield return (cidr.Name.Length == 0 ? baseName : $"{baseName}-{cidr.Name}", null, cidr.Cidr);
        }
    }

    private static ImmutableArray<NamedCidr> CidrsOf(ClusterSecurityGroupsArgs args, CidrSource source) =>
        source == CidrSource.Internet
            ? [new NamedCidr("", "0.0.0.0/0")]
            : args.Cidrs.TryGetValue(source, out var cidrs)
                ? cidrs
                : throw new ArgumentException($"the security-group matrix names {source} but no CIDRs were given for it", nameof(args));

    private static string Describe(ClusterGroup group) => group switch
    {
        ClusterGroup.ApiLoadBalancer => "kaws API load balancer",
        ClusterGroup.Masters => "kaws masters (control plane and etcd)",
        ClusterGroup.Nodes => "kaws worker nodes",
        ClusterGroup.Bastion => "kaws SSH bastion",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}
