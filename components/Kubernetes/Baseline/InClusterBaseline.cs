using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Providers.Kubernetes.CoreV1;
using Kaws.Providers.Kubernetes.HelmV3;
using Kaws.Providers.Kubernetes.MetaV1;
using Kaws.Providers.Kubernetes.NodeV1;
using Kaws.Providers.Kubernetes.RbacAuthorizationV1;
using Kaws.Providers.Kubernetes.RbacV1;

namespace Kaws.Kubernetes.Baseline;

/// <summary>Inputs of <see cref="InClusterBaseline"/>.</summary>
/// <param name="Api">The cluster API provider every baseline resource goes through.</param>
/// <param name="ManagedNamespaces">Namespaces kaws creates with Pod Security labels, default-deny and DNS egress.</param>
/// <param name="PodSecurityVersion">The pinned Pod Security standard version ("v1.34").</param>
/// <param name="DependsOn">What must exist before anything is sent to the API (the master group).</param>
public sealed record InClusterBaselineArgs(
    ClusterApi Api,
    ImmutableArray<string> ManagedNamespaces,
    string PodSecurityVersion,
    string PodCidr,
    string NodeNameRegex,
    ImmutableArray<string> NodeIpPrefixes,
    bool Gvisor,
    bool ImageAllowlistEnabled,
    ImmutableArray<string> ImageAllowlist,
    ImmutableArray<CustomResource> DependsOn)
{
    public string AdminGroup { get; init; } = InClusterBaseline.AdminGroup;

    public string ViewerGroup { get; init; } = InClusterBaseline.ViewerGroup;
}

/// <summary>
/// What kaws puts inside the cluster once the API answers: RBAC for the admin and viewer groups, managed namespaces
/// (Pod Security restricted, default-deny ingress and egress, DNS egress), Calico, kubelet serving-certificate
/// approval, the gVisor RuntimeClass and the image-allowlist admission policy. Every resource goes through this
/// cluster API provider (<see cref="ClusterApi"/>, the break-glass admin's kubeconfig) and waits for the masters.
/// </summary>
public sealed class InClusterBaseline : ComponentResource
{
    public const string AdminGroup = "kaws:admins";
    public const string ViewerGroup = "kaws:viewers";
    public const string GvisorRuntimeClass = "gvisor";
    public const string GvisorHandler = "runsc";

    /// <summary>The label and taint of the dedicated gVisor node group (its nodeGroups entry must carry both).</summary>
    public const string SandboxKey = "kaws.io/sandbox";
    public const string SandboxValue = "gvisor";

    public const string ImageAllowlistPolicyName = "kaws-image-allowlist";

    private readonly ResourceOptions options;

    public InClusterBaseline(Construct scope, string id, InClusterBaselineArgs args)
        : base(scope, id, "kaws:kubernetes:InClusterBaseline")
    {
        options = new ResourceOptions { Provider = args.Api.Provider, DependsOn = args.DependsOn };

        AddRbac(args);
        foreach (var name in args.ManagedNamespaces)
        {
            new ManagedNamespace(this, $"ns-{name}", new ManagedNamespaceArgs(name, args.PodSecurityVersion, options));
        }

        AddCalico(args.PodCidr);
        AddKubeletCsrApprover(args);
        if (args.Gvisor)
        {
            AddGvisorRuntimeClass();
        }

        if (args.ImageAllowlistEnabled)
        {
            new ImageAllowlistPolicy(this, "image-allowlist", new ImageAllowlistPolicyArgs(args.ImageAllowlist, options));
        }
    }

    /// <summary>
    /// Group bindings only. The node CSR bindings (bootstrap token group to nodeclient, system:nodes to
    /// selfnodeclient) are created by kubeadm init's bootstrap-token phase and are not duplicated here.
    /// </summary>
    private void AddRbac(InClusterBaselineArgs args)
    {
        GroupBinding("admins", "kaws:admins-cluster-admin", "cluster-admin", args.AdminGroup);
        GroupBinding("viewers", "kaws:viewers-view", "view", args.ViewerGroup);
    }

    private void GroupBinding(string id, string name, string clusterRole, string group) =>
        new ClusterRoleBinding(this, $"rbac-{id}", new ClusterRoleBindingArgs
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "ClusterRoleBinding",
            Metadata = Meta(name),
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = clusterRole },
            Subjects = new[] { new SubjectArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Group", Name = group } },
        }, options);

    /// <summary>Enforce, audit and warn at restricted, pinned to one standard version so an upgrade does not tighten it silently.</summary>
    public static Dictionary<string, string> PodSecurityLabels(string version) => new()
    {
        ["app.kubernetes.io/managed-by"] = "kaws",
        ["pod-security.kubernetes.io/enforce"] = "restricted",
        ["pod-security.kubernetes.io/enforce-version"] = version,
        ["pod-security.kubernetes.io/audit"] = "restricted",
        ["pod-security.kubernetes.io/audit-version"] = version,
        ["pod-security.kubernetes.io/warn"] = "restricted",
        ["pod-security.kubernetes.io/warn-version"] = version,
    };

    internal static Dictionary<string, string> ManagedLabels => new() { ["app.kubernetes.io/managed-by"] = "kaws" };

    /// <summary>VXLAN (4789/udp, opened by the security-group matrix), no BGP, the pod CIDR kubeadm was given.</summary>
    private void AddCalico(string podCidr)
    {
        var chart = BaselineReleases.Calico;
        var values = new Dictionary<string, object>
        {
            // Images named in full, so the image allowlist (docker.io/calico, quay.io/tigera) admits them.
            ["tigeraOperator"] = new Dictionary<string, object> { ["registry"] = "quay.io" },
            ["installation"] = new Dictionary<string, object>
            {
                ["kubernetesProvider"] = "",
                ["registry"] = "docker.io/",
                ["imagePath"] = "calico",
                ["calicoNetwork"] = new Dictionary<string, object>
                {
                    ["bgp"] = "Disabled",
                    ["ipPools"] = new object[]
                    {
                        new Dictionary<string, object>
                        {
                            ["name"] = "default-ipv4-ippool",
                            ["cidr"] = podCidr,
                            ["encapsulation"] = "VXLAN",
                            ["natOutgoing"] = "Enabled",
                            ["nodeSelector"] = "all()",
                        },
                    },
                },
            },
        };
        Release("calico", chart, values);
    }

    /// <summary>
    /// kubelets ask for serving certificates (serverTLSBootstrap); the approver signs off only when the CSR's node
    /// name matches the cluster's EC2 private DNS names and its IPs lie in the VPC.
    /// </summary>
    private void AddKubeletCsrApprover(InClusterBaselineArgs args)
    {
        var values = new Dictionary<string, object>
        {
            ["providerRegex"] = args.NodeNameRegex,
            ["providerIpPrefixes"] = args.NodeIpPrefixes.ToArray(),
            ["maxExpirationSeconds"] = "31622400",
            ["bypassDnsResolution"] = false,
        };
        Release("kubelet-csr-approver", BaselineReleases.KubeletCsrApprover, values);
    }

    private void Release(string id, HelmChart chart, Dictionary<string, object> values) =>
        new Release(this, id, new ReleaseArgs
        {
            Name = chart.Chart,
            Chart = chart.Chart,
            Version = chart.Version,
            Namespace = chart.Namespace,
            CreateNamespace = chart.Namespace != "kube-system",
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
            Values = new Dictionary<string, object>(values),
        }, options);

    private void AddGvisorRuntimeClass() =>
        new RuntimeClass(this, "runtime-class-gvisor", new RuntimeClassArgs
        {
            ApiVersion = "node.k8s.io/v1",
            Kind = "RuntimeClass",
            Metadata = Meta(GvisorRuntimeClass),
            Handler = GvisorHandler,
            Scheduling = new SchedulingArgs
            {
                NodeSelector = new Dictionary<string, string> { [SandboxKey] = SandboxValue },
                Tolerations = new[] { new TolerationArgs { Key = SandboxKey, Operator = "Equal", Value = SandboxValue, Effect = "NoSchedule" } },
            },
        }, options);

    internal static ObjectMetaArgs Meta(string name) => new() { Name = name, Labels = ManagedLabels };
}
