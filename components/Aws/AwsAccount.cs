using Kaws.Core;
using Kaws.Providers.Aws;

namespace Kaws.Aws;

/// <summary>The deploying account's id and partition, looked up by the engine (ARNs are built from them, never hard-coded).</summary>
public static class AwsAccount
{
    public static Value Id => Fn.Invoke(GetCallerIdentity.Token, new GetCallerIdentityArgs(), "accountId");

    public static Value Partition => Fn.Invoke(GetPartition.Token, new GetPartitionArgs(), "partition");
}
