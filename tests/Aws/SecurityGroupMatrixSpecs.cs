using System.Text.RegularExpressions;
using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Security;

namespace Kaws.Tests.Aws;

public sealed partial class SecurityGroupMatrixSpecs
{
    /// <summary>THE permitted flows with a public API and an SSH bastion, written out by hand: the review copy of the matrix.</summary>
    private static readonly string[] AllowedWithPublicApiAndBastion =
    [
        "api-clients -> lb tcp-443",
        "nat -> lb tcp-443",
        "vpc -> lb tcp-443",
        "lb -> masters tcp-6443",
        "nodes -> masters tcp-6443",
        "masters -> masters tcp-6443",
        "masters -> masters tcp-2379-2380",
        "masters -> masters tcp-10250",
        "masters -> nodes tcp-10250",
        "masters -> masters udp-4789",
        "masters -> nodes udp-4789",
        "nodes -> masters udp-4789",
        "nodes -> nodes udp-4789",
        "masters -> internet tcp-443",
        "masters -> internet tcp-80",
        "nodes -> internet tcp-443",
        "nodes -> internet tcp-80",
        "admins -> bastion tcp-22",
        "bastion -> masters tcp-22",
        "bastion -> nodes tcp-22",
        "bastion -> internet tcp-443",
        "bastion -> internet tcp-80",
    ];

    private static readonly string[] OnlyWithPublicApi = ["api-clients -> lb tcp-443", "nat -> lb tcp-443"];

    private static readonly string[] OnlyWithBastion =
        ["admins -> bastion tcp-22", "bastion -> masters tcp-22", "bastion -> nodes tcp-22", "bastion -> internet tcp-443", "bastion -> internet tcp-80"];

    public static TheoryData<bool, bool> Options => new() { { true, true }, { true, false }, { false, true }, { false, false } };

    private static string[] Expected(bool apiPublic, bool bastion) =>
    [
        .. AllowedWithPublicApiAndBastion
            .Where(flow => apiPublic || !OnlyWithPublicApi.Contains(flow))
            .Where(flow => bastion || !OnlyWithBastion.Contains(flow)),
    ];

    [Theory]
    [MemberData(nameof(Options))]
    public void The_matrix_is_exactly_the_reviewed_table(bool apiPublic, bool bastion)
    {
        var flows = SecurityGroupMatrix.For(new SecurityGroupMatrixOptions(apiPublic, bastion)).Select(flow => flow.ToString());

        Assert.Equal(Expected(apiPublic, bastion).Order(StringComparer.Ordinal), flows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_flow_has_a_reason_aws_accepts_as_a_rule_description()
    {
        foreach (var flow in SecurityGroupMatrix.For(new SecurityGroupMatrixOptions(true, true)))
        {
            Assert.Matches(DescriptionCharacters(), flow.Reason);
            Assert.InRange(flow.Reason.Length, 10, 255);
        }
    }

    [Fact]
    public void The_network_doc_lists_every_flow_with_its_reason()
    {
        var doc = File.ReadAllText(Path.Combine(Support.RepositoryRoot.Find(), "docs", "network.md"));

        foreach (var flow in SecurityGroupMatrix.For(new SecurityGroupMatrixOptions(true, true)))
        {
            var ports = flow.FromPort == flow.ToPort ? $"{flow.FromPort}" : $"{flow.FromPort}-{flow.ToPort}";
            Assert.Contains($"| {flow.Source} | {flow.Destination} | {flow.Protocol} | {ports} | {flow.Reason} |", doc);
        }
    }

    public static TheoryData<string, string[]> Stacks => new()
    {
        { "dev", [] },
        { "prod", [] },
        { "prod", ["kaws:bastion=ssh", "kaws:adminCidrs=[\"198.51.100.0/24\",\"192.0.2.7/32\"]"] },
        { "dev", ["kaws:bastion=ssh", "kaws:adminCidrs=[\"198.51.100.0/24\"]"] },
    };

    /// <summary>
    /// The compiled program allows exactly the matrix: probing every pair of peers on every port any rule or any
    /// Kubernetes component could use, a connection is allowed (ingress on the destination AND egress on the
    /// source) if and only if the matrix lists it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_program_allows_every_listed_flow_and_denies_every_other_pair(string stackName, string[] changes)
    {
        var stack = AwsStacks.Compile(stackName, [.. changes.Select(Split)]);
        var options = new SecurityGroupMatrixOptions(stack.Config.ApiPublic, stack.Config.Bastion == Kaws.Infra.Config.BastionMode.Ssh);
        var matrix = SecurityGroupMatrix.For(options);
        var rules = Rules.From(stack);
        var peers = new[] { "lb", "masters", "nodes", "bastion", "api-clients", "nat", "vpc", "admins", "internet" };
        int[] ports = [22, 53, 80, 123, 179, 443, 2379, 2380, 2381, 4789, 5473, 6443, 8080, 10249, 10250, 10255, 10256, 10257, 10259, 30000, 32767];

        foreach (var source in peers)
        {
            foreach (var destination in peers.Where(peer => peer != source || peer is "masters" or "nodes"))
            {
                foreach (var protocol in new[] { "tcp", "udp" })
                {
                    foreach (var port in ports)
                    {
                        var listed = matrix.Any(flow => flow.Source.Name == source && flow.Destination.Name == destination && flow.Covers(protocol, port));
                        Assert.True(listed == rules.Allows(source, destination, protocol, port),
                            $"{source} -> {destination} {protocol}/{port}: the matrix says {(listed ? "allow" : "deny")}, the program does not");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_rule_of_the_program_is_a_matrix_flow_and_every_flow_is_emitted(string stackName, string[] changes)
    {
        var stack = AwsStacks.Compile(stackName, [.. changes.Select(Split)]);
        var options = new SecurityGroupMatrixOptions(stack.Config.ApiPublic, stack.Config.Bastion == Kaws.Infra.Config.BastionMode.Ssh);
        var rules = Rules.From(stack);
        var expectedIngress = SecurityGroupMatrix.For(options).Where(flow => flow.Destination.Group is not null)
            .Select(flow => $"{flow.Source} -> {flow.Destination} {flow.PortName}").ToHashSet();
        var expectedEgress = SecurityGroupMatrix.For(options).Where(flow => flow.Source.Group is not null)
            .Select(flow => $"{flow.Source} -> {flow.Destination} {flow.PortName}").ToHashSet();

        Assert.Equal(expectedIngress.Order(StringComparer.Ordinal), rules.Ingress.Select(rule => rule.Flow).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(expectedEgress.Order(StringComparer.Ordinal), rules.Egress.Select(rule => rule.Flow).Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(stack.OfType("aws:ec2/securityGroupRule:SecurityGroupRule"));
        foreach (var group in stack.OfType("aws:ec2/securityGroup:SecurityGroup"))
        {
            Assert.Null(group.Property("ingress"));
            Assert.Null(group.Property("egress"));
        }
    }

    [Fact]
    public void Each_configured_cidr_gets_its_own_rule()
    {
        var stack = AwsStacks.Compile("prod", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"198.51.100.0/24\",\"192.0.2.7/32\"]"));
        var admins = Rules.From(stack).Ingress.Where(rule => rule.Destination == "bastion").Select(rule => rule.Cidr).Order(StringComparer.Ordinal);

        Assert.Equal(["192.0.2.7/32", "198.51.100.0/24"], admins);
        Assert.NotNull(stack.Program.Find("security-groups-bastion-in-tcp-22-from-admins-198-51-100-0-24"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Nothing_is_open_to_the_world_by_default(string stackName)
    {
        var stack = AwsStacks.Compile(stackName);

        Assert.DoesNotContain(Rules.From(stack).Ingress, rule => rule.Cidr is "0.0.0.0/0" or "::/0");
    }

    [Fact]
    public void The_only_world_ingress_ever_is_the_public_api_listener_on_443()
    {
        var stack = AwsStacks.Compile("dev", ("kaws:apiAllowedCidrs", "[\"0.0.0.0/0\"]"), ("kaws:allowApiFromAnywhere", "true"));

        var world = Assert.Single(Rules.From(stack).Ingress, rule => rule.Cidr is "0.0.0.0/0" or "::/0");
        Assert.Equal(("lb", "tcp", 443L, 443L), (world.Destination, world.Protocol, world.From, world.To));
        Assert.Equal("api-listener", stack.Named(world.Name).Property("tags", ClusterSecurityGroups.ApiListenerTag).Text());
    }

    [Fact]
    public void An_internal_api_admits_no_outside_range()
    {
        var stack = AwsStacks.Compile("prod");

        var lb = Rules.From(stack).Ingress.Where(rule => rule.Destination == "lb").ToList();
        Assert.Equal(["vpc -> lb tcp-443"], lb.Select(rule => rule.Flow).Distinct());
        Assert.Equal(["10.0.0.0/16"], lb.Select(rule => rule.Cidr));
    }

    private static (string, string) Split(string change)
    {
        var equals = change.IndexOf('=', StringComparison.Ordinal);
        return (change[..equals], change[(equals + 1)..]);
    }

    [GeneratedRegex(@"^[a-zA-Z0-9. _\-:/()#,@\[\]+=&;{}!$*]+$")]
    private static partial Regex DescriptionCharacters();

    /// <summary>One emitted rule, its peer named as the matrix names it (a group's short name, or the CIDR source).</summary>
    private sealed record Rule(string Name, string Owner, string Peer, string? Cidr, string Protocol, long From, long To, bool IsIngress)
    {
        public string Source => IsIngress ? Peer : Owner;

        public string Destination => IsIngress ? Owner : Peer;

        public string Flow => $"{Source} -> {Destination} {(From == To ? $"{Protocol}-{From}" : $"{Protocol}-{From}-{To}")}";

        public bool Covers(string protocol, int port) => Protocol == protocol && From <= port && port <= To;
    }

    private sealed record Rules(IReadOnlyList<Rule> Ingress, IReadOnlyList<Rule> Egress, IReadOnlyDictionary<string, string> CidrPeers)
    {
        public static Rules From(CompiledStack stack)
        {
            var groupNames = stack.OfType("aws:ec2/securityGroup:SecurityGroup")
                .ToDictionary(group => group.Name, group => group.Name["security-groups-".Length..]);
            var cidrPeers = new Dictionary<string, string>(StringComparer.Ordinal) { [stack.Config.VpcCidr] = "vpc", ["0.0.0.0/0"] = "internet" };
            foreach (var cidr in stack.Config.ApiAllowedCidrs)
            {
                cidrPeers.TryAdd(cidr, "api-clients");
            }

            foreach (var cidr in stack.Config.AdminCidrs)
            {
                cidrPeers.TryAdd(cidr, "admins");
            }

            Rule Read(CompiledResource resource, bool ingress)
            {
                var owner = groupNames[stack.NameOf(resource.Property("securityGroupId")!)];
                var cidr = resource.Property("cidrIpv4") is { } text ? stack.Render(text) : null;
                var peer = resource.Property("referencedSecurityGroupId") is { } referenced
                    ? groupNames[stack.NameOf(referenced)]
                    : cidr!.StartsWith("${network-routes-nat-", StringComparison.Ordinal) ? "nat" : cidrPeers[cidr];
                return new Rule(resource.Name, owner, peer, cidr, resource.Property("ipProtocol").Text()!,
                    resource.Property("fromPort").Number()!.Value, resource.Property("toPort").Number()!.Value, ingress);
            }

            return new Rules(
                [.. stack.OfType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").Select(resource => Read(resource, true))],
                [.. stack.OfType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").Select(resource => Read(resource, false))],
                cidrPeers);
        }

        /// <summary>
        /// Whether a connection gets through: the destination group admits it and the source group lets it out.
        /// Address ranges outside the cluster have no group, so only the cluster end's rule counts for them.
        /// </summary>
        public bool Allows(string source, string destination, string protocol, int port)
        {
            var admitted = Ingress.Any(rule => rule.Owner == destination && rule.Peer == source && rule.Covers(protocol, port));
            var released = Egress.Any(rule => rule.Owner == source && rule.Peer == destination && rule.Covers(protocol, port));
            var sourceIsGroup = Egress.Any(rule => rule.Owner == source) || Ingress.Any(rule => rule.Owner == source);
            var destinationIsGroup = Ingress.Any(rule => rule.Owner == destination) || Egress.Any(rule => rule.Owner == destination);
            return (!destinationIsGroup || admitted) && (!sourceIsGroup || released) && (destinationIsGroup || sourceIsGroup);
        }
    }
}
