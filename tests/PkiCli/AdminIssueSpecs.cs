using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.PkiCli;

/// <summary>kaws pki issue and csr-object on a verified CSR; openssl judges the issued certificates.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AdminIssueSpecs : IDisposable
{
    private readonly PkiWorkspace _workspace = new();
    private readonly string _key;
    private readonly string _csr;
    private readonly string _caCert;
    private readonly string _caKey;

    public AdminIssueSpecs()
    {
        var alice = _workspace.GenerateKey("Alice <alice@example.org>");
        _workspace.ListAdmins(("alice", alice, "kaws:admins, team-a"));
        (_key, _csr) = _workspace.Request("alice", "kaws:admins,team-a");
        _workspace.GpgSign(alice, _csr);
        _caCert = _workspace.PathOf("ca.crt");
        _caKey = _workspace.PathOf("ca.key");
        PkiWorkspace.Expect(PkiWorkspace.Run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", _caKey, "-out", _caCert, "-subj", "/CN=kaws-test-ca", "-days", "30"));
    }

    private KawsRun.Result Issue(string output, params string[] extra) => KawsRun.Invoke(
    [
        "pki", "issue", "--csr", _csr, "--signature", _csr + ".asc", "--admins", _workspace.Admins,
        "--ca-cert", _caCert, "--ca-key", _caKey, "--server", "https://api.example.org:6443", "--out", output, .. extra,
    ]);

    [Fact]
    public void An_issued_certificate_verifies_against_the_ca_as_a_short_lived_client_certificate()
    {
        var output = _workspace.PathOf("issued");

        var result = Issue(output, "--validity", "2h");

        Assert.True(result.ExitCode == 0, result.Error);
        var certificate = Path.Combine(output, "alice.crt");
        var (code, verdict) = PkiWorkspace.Run("openssl", "verify", "-CAfile", _caCert, "-purpose", "sslclient", certificate);
        Assert.True(code == 0, verdict);
        var (_, text) = PkiWorkspace.Run("openssl", "x509", "-in", certificate, "-noout", "-text", "-nameopt", "RFC2253");
        Assert.Contains("Subject: CN=alice,O=team-a,O=kaws:admins", text);
        Assert.Contains("CA:FALSE", text);
        Assert.Matches(@"X509v3 Key Usage: critical\s+Digital Signature\n", text);
        Assert.Matches(@"X509v3 Extended Key Usage: \s+TLS Web Client Authentication\n", text);
        var (_, end) = PkiWorkspace.Run("openssl", "x509", "-in", certificate, "-noout", "-checkend", "7000");
        Assert.Contains("will not expire", end);
        var (expiresCode, _) = PkiWorkspace.Run("openssl", "x509", "-in", certificate, "-noout", "-checkend", "7300");
        Assert.Equal(1, expiresCode);
        Assert.DoesNotContain("PRIVATE", result.Out + result.Error);
    }

    [Fact]
    public void An_rsa_ca_signs_an_rsa_admin_key_that_openssl_verifies()
    {
        var rsaCa = _workspace.PathOf("rsa-ca.crt");
        var rsaCaKey = _workspace.PathOf("rsa-ca.key");
        PkiWorkspace.Expect(PkiWorkspace.Run("openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", rsaCaKey, "-out", rsaCa,
            "-subj", "/CN=kaws-test-rsa-ca", "-days", "30"));
        var alice = File.ReadAllLines(Path.Combine(_workspace.Admins, "admins.yaml"))[2].Split(':')[1].Trim();
        var (_, rsaCsr) = _workspace.Request("alice", "team-a", "--key-algorithm", "rsa");
        _workspace.GpgSign(alice, rsaCsr);
        var output = _workspace.PathOf("rsa-issued");

        var result = KawsRun.Invoke(
        [
            "pki", "issue", "--csr", rsaCsr, "--signature", rsaCsr + ".asc", "--admins", _workspace.Admins,
            "--ca-cert", rsaCa, "--ca-key", rsaCaKey, "--server", "https://api.example.org", "--out", output,
        ]);

        Assert.True(result.ExitCode == 0, result.Error);
        var (code, verdict) = PkiWorkspace.Run("openssl", "verify", "-CAfile", rsaCa, "-purpose", "sslclient", Path.Combine(output, "alice.crt"));
        Assert.True(code == 0, verdict);
    }

    [Fact]
    public void Two_issued_certificates_have_different_serials()
    {
        Assert.Equal(0, Issue(_workspace.PathOf("one")).ExitCode);
        Assert.Equal(0, Issue(_workspace.PathOf("two")).ExitCode);

        var serial = (string name) => PkiWorkspace.Run("openssl", "x509", "-in", Path.Combine(_workspace.PathOf(name), "alice.crt"), "-noout", "-serial").Output;
        Assert.NotEqual(serial("one"), serial("two"));
    }

    [Fact]
    public void The_kubeconfig_embeds_ca_and_certificate_and_references_the_key_by_path()
    {
        var output = _workspace.PathOf("issued");
        Assert.Equal(0, Issue(output).ExitCode);

        var kubeconfig = Path.Combine(output, "alice.kubeconfig");
        var root = Yaml.Root(File.ReadAllText(kubeconfig));
        var user = (YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)root["users"])[0])["user"];
        var cluster = (YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)root["clusters"])[0])["cluster"];
        Assert.Equal("https://api.example.org:6443", cluster["server"].ToString());
        Assert.Equal(File.ReadAllText(_caCert).Trim(), Decode(cluster["certificate-authority-data"]).Trim());
        Assert.Equal("alice.key", user["client-key"].ToString());
        Assert.False(user.Children.ContainsKey("client-key-data"));
        Assert.Equal("alice@kaws", root["current-context"].ToString());
        var embedded = _workspace.PathOf("embedded.crt");
        File.WriteAllText(embedded, Decode(user["client-certificate-data"]));
        var (code, subject) = PkiWorkspace.Run("openssl", "x509", "-in", embedded, "-noout", "-subject", "-nameopt", "RFC2253");
        Assert.True(code == 0, subject);
        Assert.Equal("subject=CN=alice,O=team-a,O=kaws:admins\n", subject);
    }

    [Fact]
    public void With_key_the_private_key_is_embedded_and_the_kubeconfig_is_0600()
    {
        var output = _workspace.PathOf("issued");

        var result = Issue(output, "--key", _key);

        Assert.True(result.ExitCode == 0, result.Error);
        var kubeconfig = Path.Combine(output, "alice.kubeconfig");
        var user = (YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)Yaml.Root(File.ReadAllText(kubeconfig))["users"])[0])["user"];
        Assert.Equal(File.ReadAllText(_key), Decode(user["client-key-data"]));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kubeconfig));
        Assert.DoesNotContain(File.ReadAllLines(_key)[1], result.Out + result.Error);
    }

    [Fact]
    public void A_rejected_csr_leaves_no_output_at_all()
    {
        File.AppendAllText(_csr, "\n");
        var output = _workspace.PathOf("issued");

        var result = Issue(output);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"kaws: error: {_csr}.asc: the OpenPGP signature does not match", result.Error);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetDirectories(_workspace.Root, ".issued.kaws-staging-*"));
    }

    [Theory]
    [InlineData("--server", "http://api.example.org", "--server: 'http://api.example.org' is not an https:// URL")]
    [InlineData("--validity", "30d", "--validity: '30d' exceeds --max-validity 7d; admin certificates are short-lived (revocation is by expiry)")]
    public void Bad_issue_arguments_exit_2(string option, string value, string message)
    {
        var output = _workspace.PathOf("issued");
        var args = new List<string>
        {
            "pki", "issue", "--csr", _csr, "--signature", _csr + ".asc", "--admins", _workspace.Admins,
            "--ca-cert", _caCert, "--ca-key", _caKey, "--out", output,
        };
        args.AddRange(option == "--server" ? [option, value] : ["--server", "https://api.example.org", option, value]);

        var result = KawsRun.Invoke([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kaws: error: {message}\n", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_ca_key_that_does_not_belong_to_the_ca_certificate_is_refused()
    {
        var otherKey = _workspace.PathOf("other.key");
        PkiWorkspace.Expect(PkiWorkspace.Run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", otherKey));
        var result = KawsRun.Invoke(
        [
            "pki", "issue", "--csr", _csr, "--signature", _csr + ".asc", "--admins", _workspace.Admins,
            "--ca-cert", _caCert, "--ca-key", otherKey, "--server", "https://api.example.org", "--out", _workspace.PathOf("issued"),
        ]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kaws: error: {otherKey}: this private key does not belong to the CA certificate {_caCert}\n", result.Error);
    }

    [Fact]
    public void A_csr_object_carries_the_verified_request_for_the_kube_apiserver_client_signer()
    {
        var result = KawsRun.Invoke(["pki", "csr-object", "--csr", _csr, "--signature", _csr + ".asc", "--admins", _workspace.Admins, "--validity", "12h"]);

        Assert.True(result.ExitCode == 0, result.Error);
        var root = Yaml.Root(result.Out);
        Assert.Equal("certificates.k8s.io/v1", root["apiVersion"].ToString());
        Assert.Equal("CertificateSigningRequest", root["kind"].ToString());
        Assert.Matches("^kaws-admin-alice-[0-9a-f]{12}$", ((YamlMappingNode)root["metadata"])["name"].ToString());
        var spec = (YamlMappingNode)root["spec"];
        Assert.Equal("kubernetes.io/kube-apiserver-client", spec["signerName"].ToString());
        Assert.Equal("43200", spec["expirationSeconds"].ToString());
        Assert.Equal(["client auth"], ((YamlSequenceNode)spec["usages"]).Select(node => node.ToString()));
        Assert.Equal(File.ReadAllText(_csr), Decode(spec["request"]));
        Assert.Equal(result.Out, KawsRun.Invoke(["pki", "csr-object", "--csr", _csr, "--signature", _csr + ".asc", "--admins", _workspace.Admins, "--validity", "12h"]).Out);
    }

    private static string Decode(YamlNode node) => System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(node.ToString()));

    public void Dispose() => _workspace.Dispose();
}
