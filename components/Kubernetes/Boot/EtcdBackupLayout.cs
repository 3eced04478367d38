using System.Text.RegularExpressions;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Where etcd snapshots go in the backup bucket and when they are taken, shared by the masters' backup script,
/// the bucket's lifecycle rules and <c>kaws backup restore-commands</c>. An object key is
/// CLUSTER/etcd/TIER/YYYYMMDDTHHMMSSZ-INSTANCE.db, TIER being hourly or daily.
/// </summary>
public static partial class EtcdBackupLayout
{
    public const string Hourly = "hourly";
    public const string Daily = "daily";

    /// <summary>systemd OnCalendar of each tier (UTC); a random delay of up to <see cref="RandomDelayMinutes"/> spreads the masters.</summary>
    public const string HourlyCalendar = "*-*-* *:00:00 UTC";
    public const string DailyCalendar = "*-*-* 00:30:00 UTC";
    public const int RandomDelayMinutes = 5;

    /// <summary>Everything a cluster writes is under this prefix; masters may write nowhere else.</summary>
    public static string ClusterPrefix(string clusterName) => $"{clusterName}/etcd/";

    public static string TierPrefix(string clusterName, string tier) => $"{ClusterPrefix(clusterName)}{tier}/";

    /// <summary>True when <paramref name="key"/> is a snapshot this cluster's masters wrote.</summary>
    public static bool IsSnapshotKey(string clusterName, string key) =>
        key.StartsWith(ClusterPrefix(clusterName), StringComparison.Ordinal) && SnapshotName().IsMatch(key[ClusterPrefix(clusterName).Length..]);

    /// <summary>What a snapshot key looks like, for error messages.</summary>
    public static string Example(string clusterName) => $"{ClusterPrefix(clusterName)}hourly/20260101T000000Z-i-0123456789abcdef0.db";

    [GeneratedRegex(@"^(hourly|daily)/[0-9]{8}T[0-9]{6}Z-i-[0-9a-f]{8,17}\.db$")]
    private static partial Regex SnapshotName();
}
