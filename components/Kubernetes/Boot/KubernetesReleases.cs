namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The Kubernetes minors kaws boots: the three newest upstream-supported lines. 1.36 and later need
/// containerd 2.x (1.35 was the last minor to support containerd 1.x), which the pinned base image has.
/// </summary>
public static class KubernetesReleases
{
    public static IReadOnlyList<KubernetesRelease> Supported { get; } =
    [
        new("1.35", "1.35.9", "1.35.9-1.1"),
        new("1.36", "1.36.4", "1.36.4-1.1"),
        new("1.37", "1.37.1", "1.37.1-1.1"),
    ];

    public static KubernetesRelease Default => Supported[^1];

    /// <summary>The release of a minor such as "1.37", or null when kaws does not support it.</summary>
    public static KubernetesRelease? Find(string minor) =>
        Supported.FirstOrDefault(release => release.Minor == minor);

    public static string SupportedList => string.Join(", ", Supported.Select(release => release.Minor));
}
