using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Kubernetes.Boot;
using Kaws.Providers.Aws.Lb;
using Kaws.Providers.Aws.Ssm;

namespace Kaws.LoadBalancer;

/// <summary>
/// Inputs of <see cref="ApiLoadBalancer"/>. <paramref name="Subnets"/> are the public subnets for an
/// internet-facing balancer and the private ones for an internal one.
/// </summary>
public sealed record ApiLoadBalancerArgs(
    string ClusterName,
    bool InternetFacing,
    Output<string> VpcId,
    ImmutableArray<Output<string>> Subnets,
    Output<string> SecurityGroupId,
    string SsmPrefix);

/// <summary>
/// The Kubernetes API's front door: a network load balancer listening on TCP 443 and forwarding to the API
/// servers' 6443 (TLS passes through; the API server terminates it). Health checks are HTTPS GET /readyz on
/// the traffic port: anonymous requests are refused everywhere except the health paths (see
/// AuthenticationConfigBuilder.AnonymousPaths), so the check sees readiness, not merely an open socket.
/// Client IP preservation is off: with it on, a master reaching the API through the balancer can be routed
/// to itself and the connection fails (hairpin), which breaks kubeadm join. Its DNS name is published as
/// P/cluster/api-endpoint, the parameter every instance's boot reads.
/// </summary>
public sealed class ApiLoadBalancer : ComponentResource
{
    public const int ListenerPort = BootFilePaths.ApiLoadBalancerPort;
    public const int TargetPort = BootFilePaths.ApiServerPort;
    public const string HealthPath = "/readyz";

    public ApiLoadBalancer(Construct scope, string id, ApiLoadBalancerArgs args)
        : base(scope, id, "kaws:loadbalancer:ApiLoadBalancer")
    {
        LoadBalancer = new Kaws.Providers.Aws.Lb.LoadBalancer(this, "nlb", new LoadBalancerArgs
        {
            LoadBalancerType = "network",
            Internal = !args.InternetFacing,
            Subnets = args.Subnets.Select(subnet => (Input<string>)subnet).ToArray(),
            SecurityGroups = new Input<string>[] { args.SecurityGroupId },
            EnableCrossZoneLoadBalancing = true,
            IpAddressType = "ipv4",
            Tags = ClusterTags.For(args.ClusterName, "api"),
        });

        TargetGroup = new TargetGroup(this, "api-servers", new TargetGroupArgs
        {
            VpcId = args.VpcId,
            TargetType = "instance",
            Protocol = "TCP",
            Port = TargetPort,
            PreserveClientIp = "false",
            DeregistrationDelay = 30,
            HealthCheck = new TargetGroupHealthCheckArgs
            {
                Enabled = true,
                Protocol = "HTTPS",
                Port = "traffic-port",
                Path = HealthPath,
                Matcher = "200",
                Interval = 10,
                HealthyThreshold = 2,
                UnhealthyThreshold = 2,
            },
            Tags = ClusterTags.For(args.ClusterName, "api-servers"),
        });

        Listener = new Listener(this, "https", new ListenerArgs
        {
            LoadBalancerArn = LoadBalancer.Arn,
            Protocol = "TCP",
            Port = ListenerPort,
            DefaultActions = new[] { new ListenerDefaultActionArgs { Type = "forward", TargetGroupArn = TargetGroup.Arn } },
            Tags = ClusterTags.For(args.ClusterName, "api-listener"),
        });

        EndpointParameter = new Parameter(this, "endpoint-parameter", new ParameterArgs
        {
            Name = SsmParameterLayout.ApiEndpoint(args.SsmPrefix),
            Type = "String",
            Value = LoadBalancer.DnsName,
            Description = "kaws: the API load balancer's DNS name, read by every instance at boot",
            Tags = ClusterTags.For(args.ClusterName, "api-endpoint"),
        });
    }

    public Kaws.Providers.Aws.Lb.LoadBalancer LoadBalancer { get; }

    public TargetGroup TargetGroup { get; }

    public Listener Listener { get; }

    public Parameter EndpointParameter { get; }

    /// <summary>The API's DNS name (what certificates must name and clients dial, on port 443).</summary>
    public Output<string> DnsName => LoadBalancer.DnsName;
}
