using Kaws.Core;
using Kaws.Kubernetes.Boot;

namespace Kaws.Operations;

/// <summary>
/// The IAM and bucket policy statements of the etcd backups, as values. Masters may only put snapshots under
/// their cluster's prefix (they cannot read, list or delete them: a compromised master cannot erase history),
/// and use the cluster key for it only through S3.
/// </summary>
public static class EtcdBackupPolicies
{
    /// <summary>What a master's role needs to upload snapshots: attach with an aws:iam/rolePolicy.</summary>
    public static IReadOnlyList<Value> MasterStatements(Value bucketArn, Value keyArn, string clusterName, string region) =>
    [
        Statement("EtcdBackupUpload", "Allow", ["s3:PutObject", "s3:AbortMultipartUpload"],
            [Fn.Format($"{bucketArn}/{EtcdBackupLayout.ClusterPrefix(clusterName)}*")]),
        // GenerateDataKey for each object; Decrypt because multipart uploads (snapshots above 8 MiB) need it.
        Statement("EtcdBackupEncrypt", "Allow", ["kms:GenerateDataKey", "kms:Decrypt"], [keyArn],
            Condition("StringEquals", "kms:ViaService", $"s3.{region}.amazonaws.com")),
    ];

    /// <summary>The statements of <see cref="MasterStatements"/> as a policy document.</summary>
    public static Value MasterPolicy(Value bucketArn, Value keyArn, string clusterName, string region) =>
        Kaws.Aws.IamDocuments.Document([.. MasterStatements(bucketArn, keyArn, clusterName, region)]);

    /// <summary>
    /// TLS only, and no object encrypted other than SSE-KMS with the cluster key. The SSE conditions use IfExists:
    /// UploadPart requests carry no encryption headers, and an upload without them gets the bucket default, which
    /// is the cluster key.
    /// </summary>
    public static Value BucketPolicy(Value bucketArn, Value keyArn) => Kaws.Aws.IamDocuments.Document(
        Statement("DenyInsecureTransport", "Deny", ["s3:*"], [bucketArn, Fn.Format($"{bucketArn}/*")],
            Condition("Bool", "aws:SecureTransport", "false"), anyone: true),
        Statement("DenyOtherEncryption", "Deny", ["s3:PutObject"], [Fn.Format($"{bucketArn}/*")],
            Condition("StringNotEqualsIfExists", "s3:x-amz-server-side-encryption", "aws:kms"), anyone: true),
        Statement("DenyOtherKeys", "Deny", ["s3:PutObject"], [Fn.Format($"{bucketArn}/*")],
            Condition("StringNotEqualsIfExists", "s3:x-amz-server-side-encryption-aws-kms-key-id", keyArn), anyone: true));

    private static MapValue Statement(string sid, string effect, IEnumerable<string> actions, IEnumerable<Value> resources, Value? condition = null, bool anyone = false)
    {
        var entries = new Dictionary<string, Value>
        {
            ["Sid"] = sid,
            ["Effect"] = effect,
            ["Action"] = new ListValue(actions.Select(action => (Value)action)),
            ["Resource"] = new ListValue(resources),
        };
        if (anyone)
        {
            entries["Principal"] = "*";
        }

        if (condition is not null)
        {
            entries["Condition"] = condition;
        }

        return new MapValue(entries);
    }

    private static MapValue Condition(string test, string key, Value value) => new(new Dictionary<string, Value>
    {
        [test] = new MapValue(new Dictionary<string, Value> { [key] = value }),
    });
}
