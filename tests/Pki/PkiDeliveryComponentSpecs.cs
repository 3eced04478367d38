using System.Text.RegularExpressions;
using Kaws.Kubernetes.Boot;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Pki;

/// <summary>Key material reaches instances only through KMS-encrypted SSM parameters; outputs carry certificates and expiries only.</summary>
public sealed partial class PkiDeliveryComponentSpecs
{
    private const string Prefix = "/kaws/kaws";
    private const string ClusterKeyArn = "${cluster-key-key.arn}";

    private static readonly YamlMappingNode Program = PkiPrograms.Program();

    [Fact]
    public void Every_master_pki_file_of_the_boot_contract_is_a_secure_string_under_the_cluster_key()
    {
        var parameters = Program.Parameters();

        foreach (var file in SsmParameterLayout.MasterPkiFiles)
        {
            var name = SsmParameterLayout.MasterPki(Prefix, file);
            Assert.True(parameters.ContainsKey(name), $"{name} is not written");
            AssertSecure(parameters[name]);
        }
    }

    [Fact]
    public void Master_key_files_hold_the_signing_keys_and_leaf_keys_of_the_plan()
    {
        var parameters = Program.Parameters();

        Assert.Equal("${pki-cluster-ca-g1-key.privateKeyPem}", SecretValue(parameters[$"{Prefix}/master/pki/ca.key"]));
        Assert.Equal("${pki-etcd-ca-g1-key.privateKeyPem}", SecretValue(parameters[$"{Prefix}/master/pki/etcd-ca.key"]));
        Assert.Equal("${pki-front-proxy-ca-g1-cert.certPem}", SecretValue(parameters[$"{Prefix}/master/pki/front-proxy-ca.crt"]));
        Assert.Equal("${pki-service-account-key.privateKeyPem}", SecretValue(parameters[$"{Prefix}/master/pki/sa.key"]));
        Assert.Equal("${pki-service-account-key.publicKeyPem}", SecretValue(parameters[$"{Prefix}/master/pki/sa.pub"]));
        Assert.Equal("${pki-controller-manager-key.privateKeyPem}", SecretValue(parameters[$"{Prefix}/master/pki/controller-manager.key"]));
    }

    [Fact]
    public void Bootstrap_tokens_are_secure_strings_made_of_an_id_a_dot_and_a_secret()
    {
        var parameters = Program.Parameters();

        foreach (var role in new[] { "master", "node" })
        {
            var parameter = parameters[$"{Prefix}/{role}/bootstrap-token"];
            AssertSecure(parameter);
            Assert.Equal($"${{pki-bootstrap-tokens-{role}-id.result}}.${{pki-bootstrap-tokens-{role}-secret.result}}", SecretValue(parameter));
        }
    }

    [Fact]
    public void The_cluster_ca_for_nodes_is_a_plain_string_and_the_break_glass_key_a_secure_string_no_instance_reads()
    {
        var parameters = Program.Parameters();
        var clusterCa = parameters[SsmParameterLayout.ClusterCaCertificate(Prefix)];

        Assert.Equal("String", clusterCa.Text("properties", "type"));
        Assert.Equal("${pki-cluster-ca-g1-cert.certPem}", clusterCa.Text("properties", "value"));
        AssertSecure(parameters[SsmParameterLayout.BreakGlassKey(Prefix)]);
        Assert.Equal("${pki-break-glass-admin-key.privateKeyPem}", SecretValue(parameters[SsmParameterLayout.BreakGlassKey(Prefix)]));
        Assert.DoesNotContain(SsmParameterLayout.All(Prefix), spec => spec.Name.StartsWith($"{Prefix}/admin/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_parameter_that_names_a_private_key_or_token_is_secure()
    {
        foreach (var (name, parameter) in Program.Parameters())
        {
            var value = parameter.At("properties", "value");
            var references = ReferenceShape().Matches(Flatten(value)).Select(match => match.Value).ToList();
            if (references.Exists(reference => reference.Contains("privateKeyPem", StringComparison.Ordinal) || reference.Contains(".result", StringComparison.Ordinal)))
            {
                AssertSecure(parameter);
                Assert.True(value is YamlMappingNode map && map.Has("fn::secret"), $"{name}: value is not wrapped in fn::secret");
            }
        }
    }

    [Fact]
    public void Stack_outputs_reference_certificates_and_expiries_only()
    {
        var outputs = (YamlMappingNode)Program.At("outputs");
        var references = ReferenceShape().Matches(Flatten(outputs)).Select(match => match.Value).ToList();

        Assert.NotEmpty(references);
        Assert.All(references.Where(reference => reference.StartsWith("${pki-", StringComparison.Ordinal)), reference =>
            Assert.Matches(@"^\$\{pki-[a-z0-9-]+-cert\.(certPem|validityEndTime)\}$", reference));
        Assert.DoesNotContain(references, reference => reference.Contains("privateKey", StringComparison.Ordinal) || reference.Contains("token", StringComparison.Ordinal) || reference.Contains("ssm", StringComparison.Ordinal));
    }

    [Fact]
    public void Certificate_expiries_name_every_ca_and_leaf()
    {
        var expiries = (YamlMappingNode)Program.At("outputs", "certificateExpiries");

        Assert.Equal(
            ["apiserver", "apiserver-etcd-client", "apiserver-kubelet-client", "break-glass-admin", "cluster-ca-g1", "controller-manager", "etcd-ca-g1", "front-proxy-ca-g1", "front-proxy-client", "scheduler"],
            expiries.Children.Keys.Select(key => ((YamlScalarNode)key).Value!));
        foreach (var (key, value) in expiries.Children)
        {
            Assert.Equal($"${{pki-{((YamlScalarNode)key).Value}-cert.validityEndTime}}", ((YamlScalarNode)value).Value);
        }

        Assert.Equal("${pki-cluster-ca-g1-cert.certPem}", Program.Text("outputs", "clusterCaCertificate"));
    }

    private static void AssertSecure(YamlMappingNode parameter)
    {
        Assert.Equal("SecureString", parameter.Text("properties", "type"));
        Assert.Equal(ClusterKeyArn, parameter.Text("properties", "keyId"));
        Assert.Equal("true", parameter.Text("properties", "tags", "kaws:secret"));
    }

    private static string SecretValue(YamlMappingNode parameter) => parameter.Text("properties", "value", "fn::secret");

    private static string Flatten(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value + "\n",
        YamlSequenceNode sequence => string.Concat(sequence.Children.Select(Flatten)),
        YamlMappingNode map => string.Concat(map.Children.Select(entry => Flatten(entry.Key) + Flatten(entry.Value))),
        _ => "",
    };

    [GeneratedRegex(@"\$\{[^}]+\}")]
    private static partial Regex ReferenceShape();
}
