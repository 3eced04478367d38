namespace Kaws.Kubernetes.Boot;

/// <summary>The API server's audit log file and its rotation (ages in days, sizes in megabytes).</summary>
public sealed record AuditLogSettings
{
    /// <summary>An absolute path under /var/log/; its directory is mounted read-write into the API server.</summary>
    public string Path { get; init; } = "/var/log/kubernetes/audit/audit.log";

    public int MaxAgeDays { get; init; } = 30;

    public int MaxBackups { get; init; } = 10;

    public int MaxSizeMegabytes { get; init; } = 100;
}
