using Kaws.Core;
using Kaws.Providers.Tls;

namespace Kaws.Pki;

/// <summary>
/// A CA made by the tls provider in the engine: its key never exists outside Pulumi state (where
/// it is secret) and SSM SecureString parameters. No early renewal: a new CA is a rotation.
/// </summary>
public sealed class CertificateAuthority : ComponentResource
{
    /// <summary>What a CA certificate may do; kubeadm's CAs carry the same (keyEncipherment aside).</summary>
    public static readonly string[] AllowedUses = ["cert_signing", "crl_signing", "digital_signature"];

    public CertificateAuthority(Construct scope, string id, CertificateAuthorityArgs args)
        : base(scope, id, "kaws:pki:CertificateAuthority")
    {
        Plan = args.Plan;
        Key = PrivateKeys.Create(this, "key", args.Key);
        Certificate = new SelfSignedCert(this, "cert", new SelfSignedCertArgs
        {
            PrivateKeyPem = Key.PrivateKeyPem,
            IsCaCertificate = true,
            // A subject key id lets verifiers tell two CA generations apart while both are trusted.
            SetSubjectKeyId = true,
            ValidityPeriodHours = args.Plan.ValidityHours,
            AllowedUses = AllowedUses,
            Subject = new SelfSignedCertSubjectArgs
            {
                CommonName = args.Plan.CommonName,
                Organization = args.Plan.Organization,
            },
        });
    }

    public PlannedAuthority Plan { get; }

    public PrivateKey Key { get; }

    public SelfSignedCert Certificate { get; }
}
