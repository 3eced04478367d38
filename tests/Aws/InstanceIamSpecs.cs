using Kaws.Core;
using Kaws.Infra.Cli;

namespace Kaws.Tests.Aws;

public sealed class InstanceIamSpecs
{
    private static readonly CompiledStack Prod = AwsStacks.Compile("prod", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"198.51.100.0/24\"]"));

    private static IReadOnlyList<MapValue> Statements(CompiledStack stack, string policyName)
    {
        var policy = Assert.IsType<FunctionCall>(stack.Named(policyName).Property("policy"));
        Assert.Equal("toJSON", policy.Name);
        return [.. ((MapValue)policy.Argument)["Statement"].Items().Cast<MapValue>()];
    }

    private static IEnumerable<string> Strings(Value? value) => value is ListValue list ? list.Items.Select(item => item.Text()!) : [value.Text()!];

    private static IEnumerable<string> Resources(CompiledStack stack, MapValue statement) =>
        statement["Resource"] is ListValue list ? list.Items.Select(stack.Render) : [stack.Render(statement["Resource"])];

    private const string Arn = "arn:${aws:index/getPartition:getPartition}:ssm:eu-west-1:${aws:index/getCallerIdentity:getCallerIdentity}:parameter";

    [Fact]
    public void Masters_read_their_own_and_the_cluster_parameters_plus_the_node_token_they_install()
    {
        var statements = Statements(Prod, "masters-identity-parameters");
        var read = statements.Single(statement => statement["Sid"].Text() == "ReadOwnParameters");

        Assert.Equal(["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"], Strings(read["Action"]));
        Assert.Equal(
        [
            $"{Arn}/kaws/kaws-prod/master", $"{Arn}/kaws/kaws-prod/master/*",
            $"{Arn}/kaws/kaws-prod/cluster", $"{Arn}/kaws/kaws-prod/cluster/*",
            $"{Arn}/kaws/kaws-prod/node/bootstrap-token",
        ], Resources(Prod, read));

        var write = statements.Single(statement => statement["Sid"].Text() == "WriteBootParameters");
        Assert.Equal(["ssm:PutParameter"], Strings(write["Action"]));
        Assert.Equal([$"{Arn}/kaws/kaws-prod/master/init-lock"], Resources(Prod, write));
    }

    [Fact]
    public void Nodes_never_read_master_parameters()
    {
        foreach (var policy in Prod.OfType("aws:iam/rolePolicy:RolePolicy").Where(policy => policy.Name.StartsWith("nodes-", StringComparison.Ordinal)))
        {
            var statements = Statements(Prod, policy.Name);
            var resources = statements.SelectMany(statement => Resources(Prod, statement)).ToList();

            Assert.DoesNotContain(resources, resource => resource.Contains("/master", StringComparison.Ordinal));
            Assert.DoesNotContain(resources, resource => resource.EndsWith(":parameter/*", StringComparison.Ordinal) || resource == "*");
            Assert.Equal([$"{Arn}/kaws/kaws-prod/node", $"{Arn}/kaws/kaws-prod/node/*", $"{Arn}/kaws/kaws-prod/cluster", $"{Arn}/kaws/kaws-prod/cluster/*"],
                Resources(Prod, statements.Single(statement => statement["Sid"].Text() == "ReadOwnParameters")));
            Assert.DoesNotContain(statements, statement => Strings(statement["Action"]).Any(action => action.StartsWith("ssm:Put", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_cluster_key_decrypts_only_through_ssm()
    {
        foreach (var name in new[] { "masters-identity-parameters", "nodes-general-identity-parameters", "nodes-batch-identity-parameters" })
        {
            var decrypt = Statements(Prod, name).Single(statement => Strings(statement["Action"]).Contains("kms:Decrypt"));

            Assert.Equal(["kms:Decrypt"], Strings(decrypt["Action"]));
            Assert.Equal(["${cluster-key-key.arn}"], Resources(Prod, decrypt));
            Assert.Equal("ssm.eu-west-1.amazonaws.com", ((MapValue)((MapValue)decrypt["Condition"]!)["StringEquals"]!)["kms:ViaService"].Text());
        }
    }

    [Fact]
    public void Every_instance_role_has_session_manager_and_nothing_is_wildcard_writable()
    {
        var roles = Prod.OfType("aws:iam/role:Role").Where(role => role.Name.EndsWith("-identity-role", StringComparison.Ordinal)).Select(role => role.Name).ToList();
        Assert.Equal(["bastion-identity-role", "masters-identity-role", "nodes-batch-identity-role", "nodes-general-identity-role"], roles.Order(StringComparer.Ordinal));

        foreach (var role in roles)
        {
            var attachment = Prod.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
                .Single(candidate => Prod.Render(candidate.Property("role")) == $"${{{role}.name}}");
            Assert.Equal("arn:${aws:index/getPartition:getPartition}:iam::aws:policy/AmazonSSMManagedInstanceCore", Prod.Render(attachment.Property("policyArn")));
        }

        Assert.DoesNotContain(Prod.OfType("aws:iam/rolePolicy:RolePolicy"), policy => policy.Name.StartsWith("bastion-", StringComparison.Ordinal));
    }

    [Fact]
    public void Cloud_controller_changes_are_limited_to_cluster_owned_resources()
    {
        var statements = Statements(Prod, "masters-identity-cloud-controller");

        foreach (var statement in statements.Where(statement => statement["Sid"].Text() != "Describe"))
        {
            var condition = (MapValue)((MapValue)statement["Condition"]!)["StringEquals"]!;
            var (key, value) = Assert.Single(condition.Entries);
            Assert.Matches("^aws:(Resource|Request)Tag/kubernetes.io/cluster/kaws-prod$", key);
            Assert.Equal("owned", value.Text());
        }

        var describe = statements.Single(statement => statement["Sid"].Text() == "Describe");
        Assert.All(Strings(describe["Action"]), action => Assert.Matches(@"^(ec2|elasticloadbalancing):Describe", action));
    }

    [Fact]
    public void The_etcd_backup_statements_are_attached_to_the_master_role_only()
    {
        Assert.Equal("${masters-identity-role.id}", Prod.Render(Prod.Named("masters-etcd-backups").Property("role")));
        Assert.Equal(["EtcdBackupUpload", "EtcdBackupEncrypt"], Statements(Prod, "masters-etcd-backups").Select(statement => statement["Sid"].Text()));
        Assert.DoesNotContain(Prod.OfType("aws:iam/rolePolicy:RolePolicy"),
            policy => !policy.Name.StartsWith("masters-", StringComparison.Ordinal) && Prod.Render(policy.Property("policy")).Contains("etcd", StringComparison.Ordinal));
    }

    [Fact]
    public void The_master_role_is_public_so_other_components_can_attach_statements()
    {
        var property = typeof(Kaws.Compute.MasterGroup).GetProperty(nameof(Kaws.Compute.MasterGroup.Role));

        Assert.NotNull(property);
        Assert.Equal(typeof(Kaws.Providers.Aws.Iam.Role), property!.PropertyType);
    }
}
