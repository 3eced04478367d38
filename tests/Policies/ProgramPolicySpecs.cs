using System.Collections.Immutable;
using System.Text;
using Kaws.Core;
using Kaws.Policies;
using Kaws.Tests.Support;

namespace Kaws.Tests.Policies;

/// <summary>The offline side: the compiled program's value expressions as the rules see them.</summary>
public sealed class ProgramPolicySpecs
{
    private const string TlsSchema = """
        {
          "name": "tls", "version": "5.2.0", "provider": {},
          "resources": {
            "tls:index/privateKey:PrivateKey": {
              "inputProperties": { "algorithm": { "type": "string" } },
              "properties": { "privateKeyPem": { "type": "string", "secret": true }, "publicKeyPem": { "type": "string" } }
            }
          }
        }
        """;

    private static readonly SchemaCatalog Schemas = new([PackageSchemaReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(TlsSchema)))]);

    /// <summary>A compiled program of the stack's resources, as the compiler would hand it over (no schema validation).</summary>
    private static CompiledProgram Compiled(Stack stack) => new(
        stack.StackName,
        [.. stack.Resources
            .Select(resource => new CompiledResource(resource.LogicalName, resource.Type, resource.Package, resource.Args.ToValue(), resource.Options, [], resource))
            .OrderBy(resource => resource.Name, StringComparer.Ordinal)],
        ImmutableSortedDictionary<string, Value>.Empty.WithComparers(StringComparer.Ordinal),
        [],
        Schemas);

    private static PolicyValue Property(CompiledProgram program, string resource, string property, IReadOnlyDictionary<string, string>? config = null) =>
        ProgramResources.From(program, config ?? new Dictionary<string, string>()).Single(found => found.Name == resource).Properties[property];

    [Fact]
    public void Literals_pass_through_and_references_become_unknowns_that_name_their_resource()
    {
        var stack = new Stack("dev");
        var vpc = new TestResource(stack, "vpc", "aws:ec2/vpc:Vpc", ("cidrBlock", "10.0.0.0/16"));
        new TestResource(stack, "flow-log", "aws:ec2/flowLog:FlowLog",
            ("vpcId", new ResourceReference(vpc, "id")), ("maxAggregationInterval", 60), ("enabled", true), ("ratio", 0.5), ("none", NullLiteral.Instance),
            ("tags", new MapValue([KeyValuePair.Create("Name", (Value)"flow")])), ("list", new ListValue(["a", 1])));
        var program = Compiled(stack);

        Assert.Equal(PolicyValue.Unknown("vpc"), Property(program, "flow-log", "vpcId"));
        Assert.Equal(60, Property(program, "flow-log", "maxAggregationInterval").Number);
        Assert.True(Property(program, "flow-log", "enabled").Flag);
        Assert.Equal(0.5, Property(program, "flow-log", "ratio").Number);
        Assert.True(Property(program, "flow-log", "none").IsNull);
        Assert.Equal("flow", Property(program, "flow-log", "tags")["Name"].Text);
        Assert.Equal(PolicyValue.List(PolicyValue.Of("a"), PolicyValue.Of(1)), Property(program, "flow-log", "list"));
        Assert.Empty(PolicyEngine.Evaluate(program).ViolatedRules);
    }

    [Fact]
    public void Config_references_resolve_from_stack_config_and_are_unknown_without_it()
    {
        var stack = new Stack("dev");
        new TestResource(stack, "param", "aws:ssm/parameter:Parameter",
            ("name", new Interpolation(["/kaws/", new ConfigReference("clusterName"), "/master/ca.key"])),
            ("region", new ConfigReference("aws:region")),
            ("type", "String"));
        var program = Compiled(stack);
        var config = new Dictionary<string, string> { ["kaws:clusterName"] = "kaws-dev", ["aws:region"] = "eu-west-1" };

        Assert.Equal("/kaws/kaws-dev/master/ca.key", Property(program, "param", "name", config).Text);
        Assert.Equal("eu-west-1", Property(program, "param", "region", config).Text);
        Assert.True(Property(program, "param", "name").IsUnknown);
        Assert.Equal(["ssm-secrets-encrypted"], PolicyEngine.Evaluate(program, config).ViolatedRules);
        Assert.Empty(PolicyEngine.Evaluate(program).ViolatedRules);
    }

    [Fact]
    public void Secrets_stay_secret_whether_marked_by_fn_secret_by_the_schema_or_by_additional_secret_outputs()
    {
        var stack = new Stack("dev");
        var key = new TestResource(stack, "ca-key", "tls:index/privateKey:PrivateKey", ("algorithm", "ECDSA"));
        var token = new TestResource(stack, "token", "random:index/randomPassword:RandomPassword",
            new RawArgs([]), new ResourceOptions { AdditionalSecretOutputs = ["result"] });
        new TestResource(stack, "holder", "aws:ssm/parameter:Parameter",
            ("literal", Fn.Secret("s3cret")),
            ("pem", new ResourceReference(key, "privateKeyPem")),
            ("publicPem", new ResourceReference(key, "publicKeyPem")),
            ("token", new ResourceReference(token, "result")));
        var program = Compiled(stack);

        Assert.Equal(PolicyValue.Secret(PolicyValue.Of("s3cret")), Property(program, "holder", "literal"));
        Assert.Equal(PolicyValue.Secret(PolicyValue.Unknown("ca-key")), Property(program, "holder", "pem"));
        Assert.Equal(PolicyValue.Unknown("ca-key"), Property(program, "holder", "publicPem"));
        Assert.Equal(PolicyValue.Secret(PolicyValue.Unknown("token")), Property(program, "holder", "token"));
    }

    [Fact]
    public void Encoders_of_literal_arguments_are_evaluated_as_the_engine_would()
    {
        var stack = new Stack("dev");
        new TestResource(stack, "encoded", "aws:ec2/launchTemplate:LaunchTemplate",
            ("base64", Fn.ToBase64("#cloud-config\n")),
            ("json", Fn.ToJson(new MapValue([KeyValuePair.Create("b", (Value)1), KeyValuePair.Create("a", (Value)"x")]))),
            ("joined", Fn.Join("-", ["a", "b"])));
        var program = Compiled(stack);

        Assert.Equal("I2Nsb3VkLWNvbmZpZwo=", Property(program, "encoded", "base64").Text);
        Assert.Equal("""{"a":"x","b":1}""", Property(program, "encoded", "json").Text);
        Assert.Equal("a-b", Property(program, "encoded", "joined").Text);
    }

    [Fact]
    public void A_user_data_template_with_references_keeps_its_literal_documents_checkable()
    {
        var stack = new Stack("dev");
        var lb = new TestResource(stack, "api-lb", "aws:lb/loadBalancer:LoadBalancer");
        var kubeadm = BootTexts.Clean.Kubeadm
            .Replace("controlPlaneEndpoint: \"KAWS-UNKNOWN-AT-PLAN-TIME:443\"", "controlPlaneEndpoint: \"{endpoint}:443\"", StringComparison.Ordinal)
            .Replace("value: \"false\"\n    - name: authorization-mode", "value: \"true\"\n    - name: authorization-mode", StringComparison.Ordinal);
        var cloudConfig = (BootTexts.Clean with { Kubeadm = kubeadm }).MasterCloudConfig();
        var parts = cloudConfig.Split("{endpoint}");
        new TestResource(stack, "masters-template", "aws:ec2/launchTemplate:LaunchTemplate",
            ("userData", Fn.ToBase64(new Interpolation([parts[0], new ResourceReference(lb, "dnsName"), parts[1]]))));
        var program = Compiled(stack);

        var userData = UserDataReader.DecodeBase64(Property(program, "masters-template", "userData").Text!)!;
        var report = PolicyEngine.Evaluate(program);

        Assert.Contains($"controlPlaneEndpoint: \"{PolicyUnknown.TextMarker}:443\"", userData);
        Assert.Contains("apiserver-anonymous-auth-disabled", report.ViolatedRules);
    }

    [Fact]
    public void A_value_wholly_unknown_stays_unknown_through_an_encoder()
    {
        var stack = new Stack("dev");
        var source = new TestResource(stack, "source", "aws:s3/bucketObject:BucketObject");
        new TestResource(stack, "template", "aws:ec2/launchTemplate:LaunchTemplate", ("userData", Fn.ToBase64(new ResourceReference(source, "body"))));

        Assert.Equal(PolicyValue.Unknown("source"), Property(Compiled(stack), "template", "userData"));
    }

    [Fact]
    public void User_data_built_from_a_secret_output_fails_the_plan()
    {
        var stack = new Stack("dev");
        var key = new TestResource(stack, "ca-key", "tls:index/privateKey:PrivateKey", ("algorithm", "ECDSA"));
        new TestResource(stack, "template", "aws:ec2/launchTemplate:LaunchTemplate",
            ("userData", Fn.ToBase64(new Interpolation(["#cloud-config\n# ", new ResourceReference(key, "privateKeyPem"), "\n"]))));

        var report = PolicyEngine.Evaluate(Compiled(stack));

        Assert.Contains("no-secrets-in-user-data", report.ViolatedRules);
        Assert.Contains("template: userData is built from a secret value", report.ToText());
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void Stack_overrides_reach_the_one_line_evaluation_of_a_program()
    {
        var stack = new Stack("dev");
        new TestResource(stack, "key", "aws:kms/key:Key", ("enableKeyRotation", false));
        var program = Compiled(stack);

        Assert.Equal(1, PolicyEngine.Evaluate(program).ExitCode);
        Assert.Equal(0, PolicyEngine.Evaluate(program, new Dictionary<string, string> { ["kaws:policyOverrides"] = """{"kms-key-rotation":"advisory"}""" }).ExitCode);
    }
}
