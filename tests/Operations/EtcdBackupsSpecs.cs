using System.Text.Json;
using Kaws.Core;
using Kaws.Infra.Config;
using Kaws.Operations;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Operations.OperationsFixtures;

namespace Kaws.Tests.Operations;

public sealed class EtcdBackupsSpecs
{
    private static readonly string DevProgram = Program(Dev());

    private static YamlNode Properties(string name, string? program = null) => Resource(program ?? DevProgram, name).At("properties");

    private static YamlSequenceNode Statements(YamlNode policyProperties) => (YamlSequenceNode)policyProperties.At("policy", "fn::toJSON", "Statement");

    private static YamlNode StatementWithSid(YamlSequenceNode statements, string sid) => statements.Children.Single(statement => statement.Text("Sid") == sid);

    [Fact]
    public void The_bucket_is_encrypted_with_the_cluster_key_and_an_s3_bucket_key()
    {
        var rule = Properties("etcd-backups-encryption").At("rules", 0);

        Assert.Equal("${etcd-backups-bucket.id}", Properties("etcd-backups-encryption").Text("bucket"));
        Assert.Equal("aws:kms", rule.Text("applyServerSideEncryptionByDefault", "sseAlgorithm"));
        Assert.Equal("${cluster-key-key.arn}", rule.Text("applyServerSideEncryptionByDefault", "kmsMasterKeyId"));
        Assert.Equal("true", rule.Text("bucketKeyEnabled"));
    }

    [Fact]
    public void Public_access_is_blocked_every_way_and_versioning_is_on()
    {
        var block = Properties("etcd-backups-public-access-block");

        foreach (var setting in new[] { "blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets" })
        {
            Assert.Equal("true", block.Text(setting));
        }

        Assert.Equal("Enabled", Properties("etcd-backups-versioning").Text("versioningConfiguration", "status"));
        Assert.Equal("false", Properties("etcd-backups-bucket").Text("forceDestroy"));
        Assert.Equal("kaws-dev-etcd-", Properties("etcd-backups-bucket").Text("bucketPrefix"));
    }

    [Fact]
    public void Lifecycle_keeps_each_tier_for_its_configured_days()
    {
        var program = Program(Dev(("kaws:etcdBackupHourlyRetentionDays", "3"), ("kaws:etcdBackupDailyRetentionDays", "30")));
        var rules = ((YamlSequenceNode)Properties("etcd-backups-lifecycle", program).At("rules")).Children;
        YamlNode Rule(string id) => rules.Single(rule => rule.Text("id") == id);

        Assert.Equal("kaws-dev/etcd/hourly/", Rule("hourly-snapshots").Text("filter", "prefix"));
        Assert.Equal("3", Rule("hourly-snapshots").Text("expiration", "days"));
        Assert.Equal("kaws-dev/etcd/daily/", Rule("daily-snapshots").Text("filter", "prefix"));
        Assert.Equal("30", Rule("daily-snapshots").Text("expiration", "days"));
        Assert.All(rules, rule => Assert.Equal("Enabled", rule.Text("status")));
        Assert.Equal("1", Rule("cleanup").Text("abortIncompleteMultipartUpload", "daysAfterInitiation"));
        Assert.Equal("7", Properties("etcd-backups-lifecycle").Text("rules", 0, "expiration", "days"));
        Assert.Equal("90", Properties("etcd-backups-lifecycle").Text("rules", 1, "expiration", "days"));
    }

    [Theory]
    [InlineData("kaws:etcdBackupHourlyRetentionDays", "0", "Pulumi.dev.yaml: kaws:etcdBackupHourlyRetentionDays: expected an integer from 1 to 365, got '0'")]
    [InlineData("kaws:etcdBackupDailyRetentionDays", "forever", "Pulumi.dev.yaml: kaws:etcdBackupDailyRetentionDays: expected an integer from 1 to 3650, got 'forever'")]
    public void Bad_retention_is_a_one_line_config_error(string key, string value, string expected)
    {
        Assert.Equal(expected, Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(Dev((key, value)))).Message);
    }

    [Fact]
    public void The_bucket_policy_refuses_plain_http_and_any_other_encryption()
    {
        var statements = Statements(Properties("etcd-backups-policy"));
        var transport = StatementWithSid(statements, "DenyInsecureTransport");
        var algorithm = StatementWithSid(statements, "DenyOtherEncryption");
        var key = StatementWithSid(statements, "DenyOtherKeys");

        Assert.All(statements.Children, statement => Assert.Equal("Deny", statement.Text("Effect")));
        Assert.All(statements.Children, statement => Assert.Equal("*", statement.Text("Principal")));
        Assert.Equal("false", transport.Text("Condition", "Bool", "aws:SecureTransport"));
        Assert.Equal(["${etcd-backups-bucket.arn}", "${etcd-backups-bucket.arn}/*"], ((YamlSequenceNode)transport.At("Resource")).Children.Select(item => ((YamlScalarNode)item).Value));
        Assert.Equal("aws:kms", algorithm.Text("Condition", "StringNotEqualsIfExists", "s3:x-amz-server-side-encryption"));
        Assert.Equal("${cluster-key-key.arn}", key.Text("Condition", "StringNotEqualsIfExists", "s3:x-amz-server-side-encryption-aws-kms-key-id"));
        Assert.Equal("${etcd-backups-public-access-block}", Resource(DevProgram, "etcd-backups-policy").Text("options", "dependsOn", 0));
    }

    [Fact]
    public void Masters_find_the_bucket_and_key_in_secure_parameters_and_the_stack_exports_the_bucket()
    {
        var bucket = Properties("etcd-backups-bucket-parameter");
        var key = Properties("etcd-backups-key-parameter");

        Assert.Equal("/kaws/kaws-dev/master/etcd-backup-bucket", bucket.Text("name"));
        Assert.Equal("${etcd-backups-bucket.id}", bucket.Text("value"));
        Assert.Equal("/kaws/kaws-dev/master/etcd-backup-kms-key-arn", key.Text("name"));
        Assert.Equal("${cluster-key-key.arn}", key.Text("value"));
        Assert.All(new[] { bucket, key }, parameter => Assert.Equal("SecureString", parameter.Text("type")));
        Assert.Equal("${etcd-backups-bucket.id}", Yaml.Root(DevProgram).Text("outputs", "etcdBackupBucket"));
    }

    [Fact]
    public void Masters_may_only_put_snapshots_under_their_cluster_prefix_and_use_the_key_only_through_s3()
    {
        var statements = EtcdBackupPolicies.MasterStatements(new StringLiteral("arn:aws:s3:::kaws-dev-etcd-x"), new StringLiteral("arn:aws:kms:eu-west-1:111122223333:key/k"), "kaws-dev", "eu-west-1");
        using var document = JsonDocument.Parse(Json(new ListValue(statements)));
        var upload = document.RootElement[0];
        var encrypt = document.RootElement[1];

        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("Allow", upload.GetProperty("Effect").GetString());
        Assert.Equal(["s3:PutObject", "s3:AbortMultipartUpload"], upload.GetProperty("Action").EnumerateArray().Select(action => action.GetString()));
        Assert.Equal(["arn:aws:s3:::kaws-dev-etcd-x/kaws-dev/etcd/*"], upload.GetProperty("Resource").EnumerateArray().Select(resource => resource.GetString()));
        Assert.Equal(["kms:GenerateDataKey", "kms:Decrypt"], encrypt.GetProperty("Action").EnumerateArray().Select(action => action.GetString()));
        Assert.Equal(["arn:aws:kms:eu-west-1:111122223333:key/k"], encrypt.GetProperty("Resource").EnumerateArray().Select(resource => resource.GetString()));
        Assert.Equal("s3.eu-west-1.amazonaws.com", encrypt.GetProperty("Condition").GetProperty("StringEquals").GetProperty("kms:ViaService").GetString());
        Assert.DoesNotContain("s3:GetObject", document.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3:DeleteObject", document.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kaws-dev", "kaws-dev-etcd-")]
    [InlineData("a-cluster-name-of-thirty-two-chr", "a-cluster-name-of-thirty-two-ch-etcd-")]
    public void The_bucket_prefix_fits_the_s3_limit(string cluster, string expected)
    {
        Assert.Equal(expected, EtcdBackups.BucketPrefix(cluster));
        Assert.True(expected.Length <= 37);
    }

    /// <summary>Literal statement values to JSON, for reading them like AWS would.</summary>
    private static string Json(Value value) => value switch
    {
        StringLiteral literal => JsonSerializer.Serialize(literal.Text),
        ListValue list => "[" + string.Join(",", list.Items.Select(Json)) + "]",
        MapValue map => "{" + string.Join(",", map.Entries.Select(entry => JsonSerializer.Serialize(entry.Key) + ":" + Json(entry.Value))) + "}",
        _ => throw new ArgumentException($"not a literal: {value}"),
    };
}
