using Kaws.Aws;
using Kaws.Core;
using Kaws.Kubernetes.Boot;
using Kaws.Providers.Aws.S3;
using Kaws.Providers.Aws.Ssm;

namespace Kaws.Operations;

/// <summary>Inputs of <see cref="EtcdBackups"/>: retention of the hourly and daily snapshots in days.</summary>
public sealed record EtcdBackupsArgs(string ClusterName, string Region, string SsmPrefix, Output<string> KeyArn, int HourlyRetentionDays, int DailyRetentionDays)
{
    /// <summary>How long a deleted or replaced snapshot version stays recoverable.</summary>
    public int NoncurrentRetentionDays { get; init; } = 7;
}

/// <summary>
/// The bucket masters upload etcd snapshots to (kaws-etcd-backup timers): SSE-KMS with the cluster key and an S3
/// bucket key, public access blocked, versioning on, lifecycle expiry per tier, a policy that refuses plain HTTP and
/// any other encryption. Masters find it, and the key to use, in SSM; <see cref="MasterStatements"/> is what their
/// role needs to write there.
/// </summary>
public sealed class EtcdBackups : ComponentResource
{
    /// <summary>S3 caps a bucket prefix at 37 characters; the engine appends a unique suffix.</summary>
    private const int BucketPrefixLimit = 37;

    private readonly EtcdBackupsArgs args;

    public EtcdBackups(Construct scope, string id, EtcdBackupsArgs args)
        : base(scope, id, "kaws:operations:EtcdBackups")
    {
        this.args = args;
        var tags = ClusterTags.For(args.ClusterName, "etcd-backups");
        Bucket = new Bucket(this, "bucket", new BucketArgs
        {
            BucketPrefix = BucketPrefix(args.ClusterName),
            ForceDestroy = false,
            Tags = tags,
        });
        var bucketName = Bucket.Id;

        new BucketServerSideEncryptionConfiguration(this, "encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucketName,
            Rules = new[] { new BucketServerSideEncryptionConfigurationRuleArgs
            {
                ApplyServerSideEncryptionByDefault = new BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs
                {
                    SseAlgorithm = "aws:kms",
                    KmsMasterKeyId = args.KeyArn,
                },
                BucketKeyEnabled = true,
            } },
        });

        var publicAccess = new BucketPublicAccessBlock(this, "public-access-block", new BucketPublicAccessBlockArgs
        {
            Bucket = bucketName,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        });

        var versioning = new BucketVersioning(this, "versioning", new BucketVersioningArgs
        {
            Bucket = bucketName,
            VersioningConfiguration = new BucketVersioningVersioningConfigurationArgs { Status = "Enabled" },
        });

        new BucketLifecycleConfiguration(this, "lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = bucketName,
            Rules = new[]
            {
                TierRule(EtcdBackupLayout.Hourly, args.HourlyRetentionDays),
                TierRule(EtcdBackupLayout.Daily, args.DailyRetentionDays),
                new BucketLifecycleConfigurationRuleArgs
                {
                    Id = "cleanup",
                    Status = "Enabled",
                    Filter = new BucketLifecycleConfigurationRuleFilterArgs { Prefix = EtcdBackupLayout.ClusterPrefix(args.ClusterName) },
                    Expiration = new BucketLifecycleConfigurationRuleExpirationArgs { ExpiredObjectDeleteMarker = true },
                    AbortIncompleteMultipartUpload = new BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs { DaysAfterInitiation = 1 },
                },
            },
        }, new ResourceOptions { DependsOn = [versioning] });

        new BucketPolicy(this, "policy", new BucketPolicyArgs
        {
            Bucket = bucketName,
            Policy = Fn.ToJson(EtcdBackupPolicies.BucketPolicy(Bucket.Arn, args.KeyArn)),
        }, new ResourceOptions { DependsOn = [publicAccess] });

        new Parameter(this, "bucket-parameter", new ParameterArgs
        {
            Name = SsmParameterLayout.EtcdBackupBucket(args.SsmPrefix),
            Description = $"kaws cluster {args.ClusterName}: the bucket masters upload etcd snapshots to",
            Type = "SecureString",
            KeyId = args.KeyArn,
            Value = bucketName,
            Tags = tags,
        });
        new Parameter(this, "key-parameter", new ParameterArgs
        {
            Name = SsmParameterLayout.EtcdBackupKmsKeyArn(args.SsmPrefix),
            Description = $"kaws cluster {args.ClusterName}: the KMS key etcd snapshots are encrypted with",
            Type = "SecureString",
            KeyId = args.KeyArn,
            Value = args.KeyArn,
            Tags = tags,
        });
    }

    public Bucket Bucket { get; }

    /// <summary>The IAM statements the masters' role needs to upload snapshots (only under this cluster's prefix).</summary>
    public IReadOnlyList<Value> MasterStatements => EtcdBackupPolicies.MasterStatements(Bucket.Arn, args.KeyArn, args.ClusterName, args.Region);

    public static string BucketPrefix(string clusterName)
    {
        const string suffix = "-etcd-";
        var name = clusterName.Length + suffix.Length > BucketPrefixLimit ? clusterName[..(BucketPrefixLimit - suffix.Length)] : clusterName;
        return name + suffix;
    }

    private BucketLifecycleConfigurationRuleArgs TierRule(string tier, int days) => new()
    {
        Id = $"{tier}-snapshots",
        Status = "Enabled",
        Filter = new BucketLifecycleConfigurationRuleFilterArgs { Prefix = EtcdBackupLayout.TierPrefix(args.ClusterName, tier) },
        Expiration = new BucketLifecycleConfigurationRuleExpirationArgs { Days = days },
        NoncurrentVersionExpiration = new BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs { NoncurrentDays = args.NoncurrentRetentionDays },
    };
}
