using Kaws.Core;
using Kaws.Providers.Tls;

namespace Kaws.Pki;

/// <summary>
/// A CA made by the tls provider in the engine: its key never exists outside Pulumi state (where
/// it is secret) and SSM SecureString parameters.
/// </summary>
public sealed class CertificateAuthority : ComponentResource
{
    public CertificateAuthority(Construct scope, string id, CertificateAuthorityArgs args)
        : base(scope, id, "kaws:pki:CertificateAuthority")
    {
        Key = PrivateKeys.Create(this, "key", args.Key);
        Certificate = new SelfSignedCert(this, "cert", new SelfSignedCertArgs
        {
            PrivateKeyPem = Key.PrivateKeyPem,
            IsCaCertificate = true,
            ValidityPeriodHours = args.ValidityHours,
            AllowedUses = ["cert_signing", "crl_signing", "digital_signature", "key_encipherment"],
            Subject = new SelfSignedCertSubjectArgs
            {
                CommonName = args.CommonName,
                Organization = args.Organization,
            },
        });
    }

    public PrivateKey Key { get; }

    public SelfSignedCert Certificate { get; }
}
