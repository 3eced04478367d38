using Kaws.Core;
using Kaws.Providers.Aws.Kms;

namespace Kaws.Aws;

/// <summary>Inputs of <see cref="ClusterKey"/>.</summary>
public sealed record ClusterKeyArgs(string ClusterName, string Region);

/// <summary>
/// The cluster's customer-managed KMS key (yearly rotation on). It encrypts EBS volumes, the SSM
/// SecureString parameters that carry PKI material, and the CloudWatch log groups.
/// </summary>
public sealed class ClusterKey : ComponentResource
{
    public ClusterKey(Construct scope, string id, ClusterKeyArgs args)
        : base(scope, id, "kaws:aws:ClusterKey")
    {
        var accountId = AwsAccount.Id;
        var partition = AwsAccount.Partition;
        Key = new Key(this, "key", new KeyArgs
        {
            Description = $"kaws cluster {args.ClusterName}: EBS, SSM parameters and logs",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = Fn.ToJson(KeyPolicy(args, accountId, partition)),
            Tags = ClusterTags.For(args.ClusterName, "cluster-key"),
        });
        new Alias(this, "alias", new AliasArgs { Name = $"alias/kaws/{args.ClusterName}", TargetKeyId = Key.KeyId });
    }

    public Key Key { get; }

    public Output<string> Arn => Key.Arn;

    private static Value KeyPolicy(ClusterKeyArgs args, Value accountId, Value partition)
    {
        // Account administrators manage the key through IAM; without this statement the key is unmanageable.
        var admins = new MapValue(new Dictionary<string, Value>
        {
            ["Sid"] = "AccountAdministration",
            ["Effect"] = "Allow",
            ["Principal"] = new MapValue(new Dictionary<string, Value> { ["AWS"] = Fn.Format($"arn:{partition}:iam::{accountId}:root") }),
            ["Action"] = "kms:*",
            ["Resource"] = "*",
        });

        // The auto scaling service-linked role launches instances whose volumes this key encrypts.
        var autoScaling = new MapValue(new Dictionary<string, Value>
        {
            ["Sid"] = "AutoScalingEncryptedVolumes",
            ["Effect"] = "Allow",
            ["Principal"] = new MapValue(new Dictionary<string, Value>
            {
                ["AWS"] = Fn.Format($"arn:{partition}:iam::{accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"),
            }),
            ["Action"] = new ListValue(["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"]),
            ["Resource"] = "*",
        });

        // CloudWatch Logs may use the key only for this cluster's log groups.
        var logs = new MapValue(new Dictionary<string, Value>
        {
            ["Sid"] = "ClusterLogGroups",
            ["Effect"] = "Allow",
            ["Principal"] = new MapValue(new Dictionary<string, Value> { ["Service"] = $"logs.{args.Region}.amazonaws.com" }),
            ["Action"] = new ListValue(["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]),
            ["Resource"] = "*",
            ["Condition"] = new MapValue(new Dictionary<string, Value>
            {
                ["ArnLike"] = new MapValue(new Dictionary<string, Value>
                {
                    ["kms:EncryptionContext:aws:logs:arn"] = Fn.Format($"arn:{partition}:logs:{args.Region}:{accountId}:log-group:/kaws/{args.ClusterName}/*"),
                }),
            }),
        });

        return IamDocuments.Document(admins, autoScaling, logs);
    }
}
