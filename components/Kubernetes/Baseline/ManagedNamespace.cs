using Kaws.Core;
using Kaws.Providers.Kubernetes.CoreV1;
using Kaws.Providers.Kubernetes.MetaV1;
using Kaws.Providers.Kubernetes.NetworkingV1;

namespace Kaws.Kubernetes.Baseline;

/// <summary>Inputs of <see cref="ManagedNamespace"/>; <paramref name="Options"/> carry the baseline's provider and dependencies.</summary>
public sealed record ManagedNamespaceArgs(string Name, string PodSecurityVersion, ResourceOptions Options);

/// <summary>
/// A namespace kaws manages: Pod Security restricted (enforce, audit, warn; pinned version), a default-deny
/// NetworkPolicy for ingress and egress, and the one egress every pod needs, DNS to kube-dns.
/// </summary>
public sealed class ManagedNamespace : ComponentResource
{
    public ManagedNamespace(Construct scope, string id, ManagedNamespaceArgs args)
        : base(scope, id, "kaws:kubernetes:ManagedNamespace")
    {
        var name = args.Name;
        var options = args.Options;
        Namespace = new Namespace(this, "namespace", new NamespaceArgs
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new ObjectMetaArgs { Name = name, Labels = InClusterBaseline.PodSecurityLabels(args.PodSecurityVersion) },
        }, options);
        var inNamespace = options with { DependsOn = options.DependsOn.Add(Namespace) };

        new NetworkPolicy(this, "default-deny", new NetworkPolicyArgs
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new ObjectMetaArgs { Name = "default-deny", Namespace = name, Labels = InClusterBaseline.ManagedLabels },
            Spec = new NetworkPolicySpecArgs { PodSelector = new LabelSelectorArgs(), PolicyTypes = new[] { "Ingress", "Egress" } },
        }, inNamespace);

        new NetworkPolicy(this, "allow-dns", new NetworkPolicyArgs
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new ObjectMetaArgs { Name = "allow-dns-egress", Namespace = name, Labels = InClusterBaseline.ManagedLabels },
            Spec = new NetworkPolicySpecArgs
            {
                PodSelector = new LabelSelectorArgs(),
                PolicyTypes = new[] { "Egress" },
                Egress = new[]
                {
                    new NetworkPolicyEgressRuleArgs
                    {
                        To = new[]
                        {
                            new NetworkPolicyPeerArgs
                            {
                                NamespaceSelector = new LabelSelectorArgs { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" } },
                                PodSelector = new LabelSelectorArgs { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
                            },
                        },
                        Ports = new[]
                        {
                            new NetworkPolicyPortArgs { Protocol = "UDP", Port = (Value)53 },
                            new NetworkPolicyPortArgs { Protocol = "TCP", Port = (Value)53 },
                        },
                    },
                },
            },
        }, inNamespace);
    }

    public Namespace Namespace { get; }
}
