using Kaws.Core;

namespace Kaws.Pki;

/// <summary>The cluster's certificate authorities and the certificates issued from them.</summary>
public sealed class ClusterPki : ComponentResource
{
    public ClusterPki(Construct scope, string id, ClusterPkiArgs args)
        : base(scope, id, "kaws:pki:ClusterPki")
    {
        ClusterCa = new CertificateAuthority(this, "cluster-ca", new CertificateAuthorityArgs(
            $"{args.ClusterName}-kubernetes-ca", "kaws", args.Key, args.CaValidityHours));
    }

    public CertificateAuthority ClusterCa { get; }
}
