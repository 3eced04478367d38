namespace Kaws.Kubernetes.Baseline;

/// <summary>The pinned Helm charts the in-cluster baseline installs: a chart changes only when these lines change.</summary>
public static class BaselineReleases
{
    /// <summary>Calico through the Tigera operator (VXLAN overlay, NetworkPolicy enforcement).</summary>
    public static readonly HelmChart Calico = new("tigera-operator", "v3.30.3", "https://docs.tigera.io/calico/charts", "tigera-operator");

    /// <summary>Approves kubelet serving-certificate CSRs after checking the node name and addresses.</summary>
    public static readonly HelmChart KubeletCsrApprover = new("kubelet-csr-approver", "1.2.10", "https://postfinance.github.io/kubelet-csr-approver", "kube-system");
}

/// <summary>A Helm chart at one version from one repository, released into one namespace.</summary>
public sealed record HelmChart(string Chart, string Version, string Repository, string Namespace);
