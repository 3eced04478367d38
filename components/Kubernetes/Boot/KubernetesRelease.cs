namespace Kaws.Kubernetes.Boot;

/// <summary>
/// One supported Kubernetes minor: the exact patch kubeadm deploys and the pkgs.k8s.io Debian package
/// version of kubelet and kubeadm (the revision after the dash is the repository's, not always "-1.1").
/// </summary>
public sealed record KubernetesRelease(string Minor, string Patch, string PackageVersion)
{
    /// <summary>The per-minor apt repository; each minor has its own, so a pinned minor cannot drift.</summary>
    public string RepositoryUrl => $"https://pkgs.k8s.io/core:/stable:/v{Minor}/deb/";

    /// <summary>The value of ClusterConfiguration.kubernetesVersion.</summary>
    public string KubeadmVersion => "v" + Patch;
}
