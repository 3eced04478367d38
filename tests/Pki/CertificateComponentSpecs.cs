using Kaws.Infra.Cluster;
using Kaws.Infra.Config;
using Kaws.Pki;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Pki;

/// <summary>The compiled program's tls resources are exactly what the certificate plan says.</summary>
public sealed class CertificateComponentSpecs
{
    private const string LocallySigned = "tls:index/locallySignedCert:LocallySignedCert";
    private const string SelfSigned = "tls:index/selfSignedCert:SelfSignedCert";
    private const string PrivateKeyType = "tls:index/privateKey:PrivateKey";

    private static readonly YamlMappingNode DefaultProgram = PkiPrograms.Program();

    private static CertificatePlan DefaultPlan() =>
        CertificatePlan.For(ClusterStack.PkiSettings(StackConfigBinder.Bind(PkiPrograms.Raw())));

    [Fact]
    public void The_api_serving_certificate_names_the_load_balancer_the_service_ip_and_the_in_cluster_names()
    {
        var csr = DefaultProgram.Resource("pki-apiserver-csr");
        var cert = DefaultProgram.Resource("pki-apiserver-cert");

        Assert.Equal(
            ["${api-nlb.dnsName}", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", "localhost"],
            csr.Strings("properties", "dnsNames"));
        Assert.Equal(["10.96.0.1", "127.0.0.1"], csr.Strings("properties", "ipAddresses"));
        Assert.Equal("kube-apiserver", csr.Text("properties", "subject", "commonName"));
        Assert.Equal(["digital_signature", "server_auth"], cert.Strings("properties", "allowedUses"));
        Assert.Equal("8760", cert.Text("properties", "validityPeriodHours"));
        Assert.Equal("720", cert.Text("properties", "earlyRenewalHours"));
        Assert.Equal("false", cert.Text("properties", "isCaCertificate"));
    }

    public static TheoryData<string, string, string, string?> ClientCertificates => new()
    {
        { "apiserver-kubelet-client", "cluster-ca-g1", "kube-apiserver-kubelet-client", "kubeadm:cluster-admins" },
        { "apiserver-etcd-client", "etcd-ca-g1", "kube-apiserver-etcd-client", null },
        { "front-proxy-client", "front-proxy-ca-g1", "front-proxy-client", null },
        { "controller-manager", "cluster-ca-g1", "system:kube-controller-manager", null },
        { "scheduler", "cluster-ca-g1", "system:kube-scheduler", null },
        { "break-glass-admin", "cluster-ca-g1", "kaws:break-glass", "system:masters" },
    };

    [Theory]
    [MemberData(nameof(ClientCertificates))]
    public void Each_client_certificate_has_its_kubeadm_subject_and_is_signed_by_its_own_ca(string name, string ca, string commonName, string? organization)
    {
        var subject = (YamlMappingNode)DefaultProgram.Resource($"pki-{name}-csr").At("properties", "subject");
        var cert = DefaultProgram.Resource($"pki-{name}-cert");

        Assert.Equal(commonName, subject.Text("commonName"));
        Assert.Equal(organization, subject.Has("organization") ? subject.Text("organization") : null);
        Assert.Equal($"${{pki-{ca}-cert.certPem}}", cert.Text("properties", "caCertPem"));
        Assert.Equal($"${{pki-{ca}-key.privateKeyPem}}", cert.Text("properties", "caPrivateKeyPem"));
        Assert.Equal(["digital_signature", "client_auth"], cert.Strings("properties", "allowedUses"));
        Assert.False(DefaultProgram.Resource($"pki-{name}-csr").At("properties").Has("dnsNames"));
    }

    [Fact]
    public void The_break_glass_certificate_lives_a_day_and_renews_in_its_second_half()
    {
        var cert = DefaultProgram.Resource("pki-break-glass-admin-cert");

        Assert.Equal("24", cert.Text("properties", "validityPeriodHours"));
        Assert.Equal("12", cert.Text("properties", "earlyRenewalHours"));
    }

    [Fact]
    public void Every_planned_leaf_is_emitted_as_planned_and_nothing_else_is_signed()
    {
        var plan = DefaultPlan();
        var signed = DefaultProgram.OfType(LocallySigned);

        Assert.Equal(plan.Certificates.Select(leaf => $"pki-{leaf.Name}-cert").Order(StringComparer.Ordinal), signed.Keys);
        foreach (var leaf in plan.Certificates)
        {
            var cert = signed[$"pki-{leaf.Name}-cert"];
            var csr = DefaultProgram.Resource($"pki-{leaf.Name}-csr");
            Assert.Equal([.. leaf.AllowedUses], cert.Strings("properties", "allowedUses"));
            Assert.Equal(leaf.ValidityHours.ToString(System.Globalization.CultureInfo.InvariantCulture), cert.Text("properties", "validityPeriodHours"));
            Assert.Equal(leaf.EarlyRenewalHours.ToString(System.Globalization.CultureInfo.InvariantCulture), cert.Text("properties", "earlyRenewalHours"));
            Assert.Equal($"${{pki-{plan.SignerOf(leaf.Authority).Id}-cert.certPem}}", cert.Text("properties", "caCertPem"));
            Assert.Equal($"${{pki-{leaf.Name}-key.privateKeyPem}}", csr.Text("properties", "privateKeyPem"));
            Assert.Equal([.. leaf.IpAddresses], csr.At("properties").Has("ipAddresses") ? csr.Strings("properties", "ipAddresses") : []);
        }
    }

    [Fact]
    public void Every_ca_is_a_self_signed_ca_certificate_with_its_own_key_and_the_ca_lifetime()
    {
        var authorities = DefaultProgram.OfType(SelfSigned);

        Assert.Equal(["pki-cluster-ca-g1-cert", "pki-etcd-ca-g1-cert", "pki-front-proxy-ca-g1-cert"], authorities.Keys);
        foreach (var (name, cert) in authorities)
        {
            Assert.Equal("true", cert.Text("properties", "isCaCertificate"));
            Assert.Equal("true", cert.Text("properties", "setSubjectKeyId"));
            Assert.Equal("87600", cert.Text("properties", "validityPeriodHours"));
            Assert.Equal(["cert_signing", "crl_signing", "digital_signature"], cert.Strings("properties", "allowedUses"));
            Assert.Equal($"${{{name[..^"-cert".Length]}-key.privateKeyPem}}", cert.Text("properties", "privateKeyPem"));
        }

        Assert.Equal("kaws-etcd-ca-g1", authorities["pki-etcd-ca-g1-cert"].Text("properties", "subject", "commonName"));
    }

    [Fact]
    public void Keys_are_ecdsa_p256_by_default_and_every_private_form_is_a_secret_output()
    {
        var keys = DefaultProgram.OfType(PrivateKeyType);

        // 3 CAs, 7 leaves, the service-account key.
        Assert.Equal(11, keys.Count);
        Assert.Contains("pki-service-account-key", keys.Keys);
        foreach (var key in keys.Values)
        {
            Assert.Equal("ECDSA", key.Text("properties", "algorithm"));
            Assert.Equal("P256", key.Text("properties", "ecdsaCurve"));
            Assert.Equal(["privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8"], key.Strings("options", "additionalSecretOutputs"));
        }
    }

    [Fact]
    public void Rsa_keys_have_the_configured_size_and_their_leaves_allow_key_encipherment()
    {
        var program = PkiPrograms.Program(("kaws:keyAlgorithm", "RSA"), ("kaws:rsaBits", "4096"));

        Assert.All(program.OfType(PrivateKeyType).Values, key =>
        {
            Assert.Equal("RSA", key.Text("properties", "algorithm"));
            Assert.Equal("4096", key.Text("properties", "rsaBits"));
        });
        Assert.Equal(["digital_signature", "key_encipherment", "server_auth"], program.Resource("pki-apiserver-cert").Strings("properties", "allowedUses"));
    }

    [Fact]
    public void Validity_and_early_renewal_follow_the_config()
    {
        var program = PkiPrograms.Program(("kaws:certValidityHours", "2160"), ("kaws:certEarlyRenewalHours", "168"), ("kaws:caValidityHours", "43800"));

        Assert.Equal("2160", program.Resource("pki-scheduler-cert").Text("properties", "validityPeriodHours"));
        Assert.Equal("168", program.Resource("pki-scheduler-cert").Text("properties", "earlyRenewalHours"));
        Assert.Equal("43800", program.Resource("pki-cluster-ca-g1-cert").Text("properties", "validityPeriodHours"));
    }

    [Fact]
    public void Bootstrap_token_parts_are_secret_lowercase_alphanumerics_of_kubeadm_lengths()
    {
        var parts = DefaultProgram.OfType("random:index/randomString:RandomString");

        Assert.Equal(["pki-bootstrap-tokens-master-id", "pki-bootstrap-tokens-master-secret", "pki-bootstrap-tokens-node-id", "pki-bootstrap-tokens-node-secret"], parts.Keys);
        foreach (var (name, part) in parts)
        {
            Assert.Equal(name.EndsWith("-id", StringComparison.Ordinal) ? "6" : "16", part.Text("properties", "length"));
            Assert.Equal(("true", "true", "false", "false"), (part.Text("properties", "lower"), part.Text("properties", "numeric"), part.Text("properties", "upper"), part.Text("properties", "special")));
            Assert.Equal(["result"], part.Strings("options", "additionalSecretOutputs"));
        }
    }
}
