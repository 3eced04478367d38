using System.Reflection;
using System.Runtime.CompilerServices;
using Kaws.Core;
using Kaws.Tests.Support;

namespace Kaws.Tests.Providers;

public sealed class GeneratedArgsSpecs
{
    private static readonly Assembly Components = typeof(SchemaCatalog).Assembly;

    private static IEnumerable<string> Tokens() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "components", "Providers", "schema", "tokens.txt"))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0);

    [Fact]
    public void Every_listed_token_is_in_the_vendored_schemas()
    {
        var catalog = SchemaCatalog.Default;
        foreach (var token in Tokens())
        {
            var package = token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? token.Split(':')[2] : token.Split(':')[0];
            var schema = catalog.Packages[package];
            Assert.True(
                token.StartsWith("pulumi:providers:", StringComparison.Ordinal) || schema.Resources.ContainsKey(token) || schema.FunctionInputs.ContainsKey(token),
                $"{token} is listed in tokens.txt but not vendored");
        }
    }

    [Fact]
    public void Every_generated_resource_class_names_a_vendored_type()
    {
        var resources = Components.GetTypes().Where(type => type.IsSubclassOf(typeof(CustomResource)) && type.Namespace!.StartsWith("Kaws.Providers", StringComparison.Ordinal)).ToList();

        Assert.Equal(Tokens().Count(token => !token.Split(':')[^1].StartsWith("get", StringComparison.Ordinal)), resources.Count);
        foreach (var resource in resources)
        {
            var token = (string)resource.GetField("Token")!.GetValue(null)!;
            var package = token.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? token.Split(':')[2] : token.Split(':')[0];
            Assert.True(token.StartsWith("pulumi:providers:", StringComparison.Ordinal) || SchemaCatalog.Default.Packages[package].Resources.ContainsKey(token), token);
        }
    }

    [Theory]
    [InlineData(typeof(Kaws.Providers.Aws.Ec2.VpcArgs), "aws:ec2/vpc:Vpc")]
    [InlineData(typeof(Kaws.Providers.Aws.Ec2.LaunchTemplateArgs), "aws:ec2/launchTemplate:LaunchTemplate")]
    [InlineData(typeof(Kaws.Providers.Aws.Vpc.SecurityGroupIngressRuleArgs), "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")]
    [InlineData(typeof(Kaws.Providers.Tls.LocallySignedCertArgs), "tls:index/locallySignedCert:LocallySignedCert")]
    [InlineData(typeof(Kaws.Providers.Kubernetes.NetworkingV1.NetworkPolicyArgs), "kubernetes:networking.k8s.io/v1:NetworkPolicy")]
    public void Generated_args_have_exactly_the_schema_inputs_and_required_members(Type args, string token)
    {
        var package = token.Split(':')[0];
        var shape = SchemaCatalog.Default.Packages[package].Resources[token];
        var properties = args.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.DeclaringType == args).ToList();

        Assert.Equal(shape.Properties.Count, properties.Count);
        Assert.Equal(shape.Required.Select(name => char.ToUpperInvariant(name[0]) + name[1..]).Order(), properties.Where(IsRequired).Select(property => property.Name).Order());
    }

    [Fact]
    public void Args_write_their_properties_under_the_schema_names()
    {
        var args = new Kaws.Providers.Aws.Ec2.LaunchTemplateArgs
        {
            MetadataOptions = new Kaws.Providers.Aws.Ec2.LaunchTemplateMetadataOptionsArgs { HttpTokens = "required", HttpPutResponseHopLimit = 1 },
        };

        var value = args.ToValue();

        var options = Assert.IsType<MapValue>(value["metadataOptions"]);
        Assert.Equal(new StringLiteral("required"), options["httpTokens"]);
        Assert.Equal(new IntegerLiteral(1), options["httpPutResponseHopLimit"]);
    }

    // The compiler marks every `required` member with RequiredMemberAttribute.
    private static bool IsRequired(PropertyInfo property) => property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
}
