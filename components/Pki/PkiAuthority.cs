namespace Kaws.Pki;

/// <summary>The three certificate authorities of a kubeadm cluster; each signs its own kind of leaf.</summary>
public enum PkiAuthority
{
    /// <summary>kubernetes-ca: API server, kubelets and control-plane clients.</summary>
    Cluster,

    /// <summary>etcd-ca: etcd members and the API server's etcd client.</summary>
    Etcd,

    /// <summary>front-proxy-ca: the aggregation layer's request-header client.</summary>
    FrontProxy,
}
