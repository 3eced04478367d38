namespace Kaws.Kubernetes.Boot;

/// <summary>Where the boot documents live on an instance.</summary>
public static class BootFilePaths
{
    /// <summary>The API server's own config files; mounted read-only into its static pod.</summary>
    public const string ApiServerConfigDirectory = "/etc/kubernetes/kaws";

    public const string EncryptionConfig = ApiServerConfigDirectory + "/encryption-config.yaml";
    public const string AuditPolicy = ApiServerConfigDirectory + "/audit-policy.yaml";
    public const string AdmissionConfig = ApiServerConfigDirectory + "/admission-config.yaml";
    public const string AuthenticationConfig = ApiServerConfigDirectory + "/authentication-config.yaml";

    /// <summary>The kubeadm documents with placeholders; a filled-in copy lives in tmpfs only while kubeadm runs.</summary>
    public const string KubeadmConfigTemplate = "/etc/kaws/kubeadm-config.yaml";
    public const string KubeadmConfigRendered = "/run/kaws/kubeadm-config.yaml";

    /// <summary>Where a node keeps the cluster CA it checks the API server against (kubeadm join wants pki/ca.crt absent).</summary>
    public const string NodeClusterCa = "/etc/kaws/cluster-ca.crt";

    public const string InstallScript = "/usr/local/sbin/kaws-install";
    public const string BootScript = "/usr/local/sbin/kaws-boot";

    /// <summary>Masters: rewrites the EncryptionConfiguration from SSM (at boot and from a timer).</summary>
    public const string EncryptionKeysScript = "/usr/local/sbin/kaws-encryption-keys";

    /// <summary>Masters: takes an etcd snapshot and uploads it to the backup bucket.</summary>
    public const string EtcdBackupScript = "/usr/local/sbin/kaws-etcd-backup";

    public const string SystemdUnitDirectory = "/etc/systemd/system";

    /// <summary>Where etcd keeps its data (kubeadm's local etcd, mounted into the etcd pod at the same path).</summary>
    public const string EtcdDataDirectory = "/var/lib/etcd";

    public const string ContainerdConfig = "/etc/containerd/config.toml";
    public const string KernelModules = "/etc/modules-load.d/kaws-kubernetes.conf";
    public const string Sysctls = "/etc/sysctl.d/90-kaws-kubernetes.conf";

    public const string StaticPodManifests = "/etc/kubernetes/manifests";
    public const string KmsPluginManifest = StaticPodManifests + "/aws-encryption-provider.yaml";

    public const string PkiDirectory = "/etc/kubernetes/pki";
    public const string CriSocket = "unix:///run/containerd/containerd.sock";
    /// <summary>The port each API server binds on its own host.</summary>
    public const int ApiServerPort = 6443;

    /// <summary>The port clients, kubelets and joining masters dial on the API load balancer (it forwards to <see cref="ApiServerPort"/>).</summary>
    public const int ApiLoadBalancerPort = 443;
}
