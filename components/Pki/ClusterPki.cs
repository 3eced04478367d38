using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Kubernetes.Boot;

namespace Kaws.Pki;

/// <summary>
/// The cluster's PKI: the CAs of every live generation, the leaves of the <see cref="CertificatePlan"/>,
/// the service-account signing key, the bootstrap tokens, and their delivery to SSM under
/// /kaws/CLUSTER (see <see cref="SsmParameterLayout"/>).
/// </summary>
public sealed class ClusterPki : ComponentResource
{
    public ClusterPki(Construct scope, string id, ClusterPkiArgs args)
        : base(scope, id, "kaws:pki:ClusterPki")
    {
        var settings = args.Settings;
        Plan = CertificatePlan.For(settings);
        Authorities = Plan.Authorities
            .Select(planned => new CertificateAuthority(this, planned.Id, new CertificateAuthorityArgs(planned, settings.Key)))
            .ToImmutableArray();
        Certificates = Plan.Certificates
            .Select(planned => new IssuedCertificate(this, planned.Name, new IssuedCertificateArgs(
                planned, settings.Key, Authority(Plan.SignerOf(planned.Authority)), args.ApiEndpointDnsName)))
            .ToImmutableArray();
        ServiceAccountKey = PrivateKeys.Create(this, "service-account-key", settings.Key);
        Tokens = new BootstrapTokens(this, "bootstrap-tokens");
        ClusterTrustBundle = TrustBundle(PkiAuthority.Cluster);
        Parameters = new PkiParameters(this, "ssm", new PkiParametersArgs(settings.ClusterName, args.KmsKeyArn, ParameterList(settings.ClusterName)));
    }

    public CertificatePlan Plan { get; }

    public ImmutableArray<CertificateAuthority> Authorities { get; }

    public ImmutableArray<IssuedCertificate> Certificates { get; }

    public Kaws.Providers.Tls.PrivateKey ServiceAccountKey { get; }

    public BootstrapTokens Tokens { get; }

    public PkiParameters Parameters { get; }

    /// <summary>The cluster CA certificates every client trusts (PEM, signer first); public.</summary>
    public Value ClusterTrustBundle { get; }

    /// <summary>Each CA's and leaf's validityEndTime by plan name: public, for the certificateExpiries output.</summary>
    public ImmutableSortedDictionary<string, Value> Expiries =>
        Authorities.Select(authority => (authority.Plan.Id, (Value)authority.Certificate.ValidityEndTime))
            .Concat(Certificates.Select(leaf => (leaf.Plan.Name, (Value)leaf.Certificate.ValidityEndTime)))
            .ToImmutableSortedDictionary(entry => entry.Item1, entry => entry.Item2, StringComparer.Ordinal);

    private CertificateAuthority Authority(PlannedAuthority planned) =>
        Authorities.Single(authority => authority.Plan == planned);

    /// <summary>The bundle's PEM text: one certificate is a plain reference, several are concatenated (each PEM ends in a newline).</summary>
    private Value TrustBundle(PkiAuthority kind)
    {
        var certificates = Plan.TrustBundleOf(kind).Select(planned => (Value)Authority(planned).Certificate.CertPem).ToList();
        return certificates.Count == 1 ? certificates[0] : Fn.Join("", certificates);
    }

    private List<PkiParameter> ParameterList(string clusterName)
    {
        var prefix = SsmParameterLayout.PrefixFor(clusterName);
        var parameters = new List<PkiParameter>();

        // Everything under P/master is a SecureString (the boot contract and the ssm-secrets-encrypted policy),
        // certificates included: they travel with their keys.
        void Master(string file, Value value) =>
            parameters.Add(new PkiParameter(file.Replace('.', '-'), SsmParameterLayout.MasterPki(prefix, file), value, Secret: true));

        foreach (var kind in Enum.GetValues<PkiAuthority>())
        {
            var signer = Authority(Plan.SignerOf(kind));
            Master($"{signer.Plan.FilePrefix}.crt", TrustBundle(kind));
            Master($"{signer.Plan.FilePrefix}.key", signer.Key.PrivateKeyPem);
        }

        Master("sa.key", ServiceAccountKey.PrivateKeyPem);
        Master("sa.pub", ServiceAccountKey.PublicKeyPem);
        foreach (var leaf in Certificates.Where(leaf => leaf.Plan.SsmFile is not null))
        {
            Master($"{leaf.Plan.SsmFile}.crt", leaf.Certificate.CertPem);
            Master($"{leaf.Plan.SsmFile}.key", leaf.Key.PrivateKeyPem);
        }

        var breakGlass = Certificates.Single(leaf => leaf.Plan.Name == CertificatePlan.BreakGlassName);
        parameters.Add(new PkiParameter("break-glass-admin-crt", SsmParameterLayout.BreakGlassCertificate(prefix), breakGlass.Certificate.CertPem, Secret: false));
        parameters.Add(new PkiParameter("break-glass-admin-key", SsmParameterLayout.BreakGlassKey(prefix), breakGlass.Key.PrivateKeyPem, Secret: true));
        parameters.Add(new PkiParameter("master-bootstrap-token", SsmParameterLayout.MasterBootstrapToken(prefix), Tokens.MasterToken, Secret: true));
        parameters.Add(new PkiParameter("node-bootstrap-token", SsmParameterLayout.NodeBootstrapToken(prefix), Tokens.NodeToken, Secret: true));
        parameters.Add(new PkiParameter("cluster-ca-crt", SsmParameterLayout.ClusterCaCertificate(prefix), ClusterTrustBundle, Secret: false));
        return parameters;
    }
}
