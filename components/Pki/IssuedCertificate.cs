using Kaws.Core;
using Kaws.Providers.Tls;

namespace Kaws.Pki;

/// <summary>
/// One leaf of the plan: its own key, a CSR with the planned subject and SANs, and the certificate the
/// signing CA issues from it. earlyRenewalHours makes the first <c>pulumi up</c> inside that window
/// re-issue the certificate from the same CA and key.
/// </summary>
public sealed class IssuedCertificate : ComponentResource
{
    public IssuedCertificate(Construct scope, string id, IssuedCertificateArgs args)
        : base(scope, id, "kaws:pki:IssuedCertificate")
    {
        var plan = args.Plan;
        Plan = plan;
        Key = PrivateKeys.Create(this, "key", args.Key);
        var dnsNames = new List<Input<string>>();
        if (plan.NamesApiEndpoint)
        {
            dnsNames.Add(args.ApiEndpointDnsName);
        }

        dnsNames.AddRange(plan.DnsNames.Select(name => (Input<string>)name));
        var subject = plan.Organization is null
            ? new CertRequestSubjectArgs { CommonName = plan.CommonName }
            : new CertRequestSubjectArgs { CommonName = plan.CommonName, Organization = plan.Organization };
        var request = new CertRequest(this, "csr", new CertRequestArgs
        {
            PrivateKeyPem = Key.PrivateKeyPem,
            Subject = subject,
            DnsNames = dnsNames.Count == 0 ? (InputList<string>?)null : dnsNames,
            IpAddresses = plan.IpAddresses.IsEmpty ? (InputList<string>?)null : plan.IpAddresses.ToArray(),
        });
        Certificate = new LocallySignedCert(this, "cert", new LocallySignedCertArgs
        {
            CertRequestPem = request.CertRequestPem,
            CaCertPem = args.Signer.Certificate.CertPem,
            CaPrivateKeyPem = args.Signer.Key.PrivateKeyPem,
            AllowedUses = plan.AllowedUses.ToArray(),
            ValidityPeriodHours = plan.ValidityHours,
            EarlyRenewalHours = plan.EarlyRenewalHours,
            IsCaCertificate = false,
        });
    }

    public PlannedCertificate Plan { get; }

    public PrivateKey Key { get; }

    public LocallySignedCert Certificate { get; }
}
