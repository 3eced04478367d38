namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The EventRateLimit admission plugin's limits on Event writes: a whole-server bucket plus per-namespace
/// and per-user buckets (cache size = how many namespaces / users are tracked), so one noisy or hostile
/// client cannot flood etcd with events.
/// </summary>
public sealed record EventRateLimitSettings
{
    public int ServerQps { get; init; } = 50;

    public int ServerBurst { get; init; } = 100;

    public int NamespaceQps { get; init; } = 50;

    public int NamespaceBurst { get; init; } = 100;

    public int NamespaceCacheSize { get; init; } = 2000;

    public int UserQps { get; init; } = 10;

    public int UserBurst { get; init; } = 50;

    public int UserCacheSize { get; init; } = 2000;
}
