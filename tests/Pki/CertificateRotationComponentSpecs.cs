using Kaws.Infra.Config;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Kaws.Tests.Pki;

/// <summary>Each CA rotation stage compiles to the right CA set, signer and trust bundles; skipping a stage is refused.</summary>
public sealed class CertificateRotationComponentSpecs
{
    private static readonly (string Key, string Value)[] Initial = [];

    private static readonly (string Key, string Value)[] AddNew =
        [("kaws:caRotation", "add-new"), ("kaws:caGeneration", "2")];

    private static readonly (string Key, string Value)[] Switch =
        [("kaws:caRotation", "switch"), ("kaws:caGeneration", "2"), ("kaws:caRotationApplied", "add-new"), ("kaws:caGenerationApplied", "2")];

    private static readonly (string Key, string Value)[] RemoveOld =
        [("kaws:caRotation", "remove-old"), ("kaws:caGeneration", "2"), ("kaws:caRotationApplied", "switch"), ("kaws:caGenerationApplied", "2")];

    private static readonly (string Key, string Value)[] Done =
        [("kaws:caGeneration", "2"), ("kaws:caRotationApplied", "remove-old"), ("kaws:caGenerationApplied", "2")];

    public static TheoryData<string> Stages => new() { "none", "add-new", "switch", "remove-old", "done" };

    private static (string Key, string Value)[] Config(string stage) => stage switch
    {
        "none" => Initial,
        "add-new" => AddNew,
        "switch" => Switch,
        "remove-old" => RemoveOld,
        _ => Done,
    };

    /// <summary>Master bundle first certificate, the signer of the leaves, and the CA generations that exist.</summary>
    public static TheoryData<string, string[], int, int[]> Expectations => new()
    {
        { "none", ["g1"], 1, [1] },
        { "add-new", ["g1", "g2"], 1, [1, 2] },
        { "switch", ["g2", "g1"], 2, [1, 2] },
        { "remove-old", ["g2"], 2, [2] },
        { "done", ["g2"], 2, [2] },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void Each_stage_matches_its_golden_pki_program(string stage)
    {
        Golden.Verify($"pki-rotation-{stage}", RotationView(PkiPrograms.Program(Config(stage))));
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_stage_has_its_trust_bundles_signer_and_ca_generations(string stage, string[] bundle, int signer, int[] generations)
    {
        var program = PkiPrograms.Program(Config(stage));
        var parameters = program.Parameters();

        foreach (var (ca, file) in new[] { ("cluster-ca", "ca"), ("etcd-ca", "etcd-ca"), ("front-proxy-ca", "front-proxy-ca") })
        {
            var expected = bundle.Select(generation => $"${{pki-{ca}-{generation}-cert.certPem}}").ToList();
            Assert.Equal(expected, BundleOf(parameters[$"/kaws/kaws/master/pki/{file}.crt"].At("properties", "value", "fn::secret")));
            Assert.Equal($"${{pki-{ca}-g{signer}-key.privateKeyPem}}", parameters[$"/kaws/kaws/master/pki/{file}.key"].Text("properties", "value", "fn::secret"));
            Assert.Equal(generations.Select(generation => $"pki-{ca}-g{generation}-cert").ToList(),
                program.OfType("tls:index/selfSignedCert:SelfSignedCert").Keys.Where(name => name.StartsWith($"pki-{ca}-g", StringComparison.Ordinal)).ToList());
        }

        Assert.Equal(bundle.Select(generation => $"${{pki-cluster-ca-{generation}-cert.certPem}}").ToList(),
            BundleOf(parameters["/kaws/kaws/cluster/ca.crt"].At("properties", "value")));
        Assert.Equal(BundleOf(parameters["/kaws/kaws/cluster/ca.crt"].At("properties", "value")), BundleOf(program.At("outputs", "clusterCaCertificate")));
        Assert.Equal($"${{pki-etcd-ca-g{signer}-cert.certPem}}", program.Resource("pki-apiserver-etcd-client-cert").Text("properties", "caCertPem"));
        Assert.Equal($"${{pki-cluster-ca-g{signer}-key.privateKeyPem}}", program.Resource("pki-apiserver-cert").Text("properties", "caPrivateKeyPem"));
    }

    [Fact]
    public void Starting_a_rotation_only_adds_the_new_generation_and_changes_no_resource_name()
    {
        var before = PkiPrograms.Program(Initial).Resources().Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToHashSet();
        var after = PkiPrograms.Program(AddNew).Resources().Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToHashSet();

        Assert.Subset(after, before);
        Assert.Equal(
            ["pki-cluster-ca-g2-cert", "pki-cluster-ca-g2-key", "pki-etcd-ca-g2-cert", "pki-etcd-ca-g2-key", "pki-front-proxy-ca-g2-cert", "pki-front-proxy-ca-g2-key"],
            after.Except(before).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_key_type_or_lifetimes_renames_no_resource()
    {
        static List<string> Names(YamlMappingNode program) => [.. program.Resources().Children.Keys.Select(key => ((YamlScalarNode)key).Value!)];

        var baseline = Names(PkiPrograms.Program(Initial));
        var changed = Names(PkiPrograms.Program(("kaws:keyAlgorithm", "RSA"), ("kaws:certValidityHours", "2160"), ("kaws:certEarlyRenewalHours", "240"), ("kaws:adminCertValidityHours", "8")));

        Assert.Equal(baseline, changed);
    }

    public static TheoryData<(string, string)[], string> Skips => new()
    {
        { [("kaws:caRotation", "switch"), ("kaws:caGeneration", "2")], "Pulumi.dev.yaml: kaws:caRotation: switch at generation 2 cannot follow the applied none at generation 1 (caRotationApplied/caGenerationApplied); the next step is add-new at generation 2" },
        { [("kaws:caRotation", "remove-old"), ("kaws:caGeneration", "2"), ("kaws:caRotationApplied", "add-new"), ("kaws:caGenerationApplied", "2")], "Pulumi.dev.yaml: kaws:caRotation: remove-old at generation 2 cannot follow the applied add-new at generation 2 (caRotationApplied/caGenerationApplied); the next step is switch at generation 2" },
        { [("kaws:caRotation", "add-new")], "Pulumi.dev.yaml: kaws:caRotation: stage add-new needs caGeneration 2 or more (the new generation), got 1" },
        { [("kaws:caRotation", "add-new"), ("kaws:caGeneration", "3")], "Pulumi.dev.yaml: kaws:caRotation: add-new at generation 3 cannot follow the applied none at generation 1 (caRotationApplied/caGenerationApplied); the next step is add-new at generation 2" },
        { [("kaws:caGeneration", "1"), ("kaws:caRotationApplied", "remove-old"), ("kaws:caGenerationApplied", "2")], "Pulumi.dev.yaml: kaws:caRotation: none at generation 1 cannot follow the applied remove-old at generation 2 (caRotationApplied/caGenerationApplied); the next step is none at generation 2" },
        { [("kaws:caRotation", "rotate")], "Pulumi.dev.yaml: kaws:caRotation: expected one of none, add-new, switch, remove-old, got 'rotate'" },
    };

    [Theory]
    [MemberData(nameof(Skips))]
    public void A_stage_that_skips_a_step_is_a_one_line_config_error((string, string)[] values, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(PkiPrograms.Raw(values)));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Abandoning_a_rotation_before_the_switch_is_allowed()
    {
        var config = StackConfigBinder.Bind(PkiPrograms.Raw(("kaws:caRotationApplied", "add-new"), ("kaws:caGenerationApplied", "2")));

        Assert.Equal(1, config.CaGeneration);
    }

    private static List<string> BundleOf(YamlNode value) => value switch
    {
        YamlScalarNode single => [single.Value!],
        _ => ((YamlSequenceNode)value.At("fn::join", 1)).Children.Select(item => ((YamlScalarNode)item).Value!).ToList(),
    };

    /// <summary>The rotation-relevant part of a program: the CAs, the CA parameters, one leaf per CA, and the outputs.</summary>
    private static string RotationView(YamlMappingNode program)
    {
        var kept = new YamlMappingNode();
        foreach (var (key, value) in program.Resources().Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name.Contains("-ca-g", StringComparison.Ordinal) || name.EndsWith("-ca-crt", StringComparison.Ordinal) || name.EndsWith("-ca-key", StringComparison.Ordinal)
                || name is "pki-apiserver-cert" or "pki-apiserver-etcd-client-cert" or "pki-front-proxy-client-cert")
            {
                kept.Add(key, value);
            }
        }

        var outputs = new YamlMappingNode
        {
            { "certificateExpiries", program.At("outputs", "certificateExpiries") },
            { "clusterCaCertificate", program.At("outputs", "clusterCaCertificate") },
        };
        var view = new YamlMappingNode { { "resources", kept }, { "outputs", outputs } };
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(view)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
