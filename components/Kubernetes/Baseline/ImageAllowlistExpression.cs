using System.Collections.Immutable;

namespace Kaws.Kubernetes.Baseline;

/// <summary>
/// The CEL of the image-allowlist ValidatingAdmissionPolicy, and the same prefix rule in C# (<see cref="Admits"/>)
/// so tests can check sample images against exactly the prefixes the policy is given.
/// </summary>
public static class ImageAllowlistExpression
{
    /// <summary>Pods and the workload kinds that carry a pod template (CronJob one level deeper).</summary>
    public const string PodSpecVariable =
        "object.kind == 'Pod' ? object.spec : (object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec)";

    /// <summary>Every image of containers, initContainers and ephemeralContainers (absent lists count as empty).</summary>
    public const string ImagesVariable =
        "(has(variables.podSpec.containers) ? variables.podSpec.containers.map(c, c.image) : [])"
        + " + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers.map(c, c.image) : [])"
        + " + (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers.map(c, c.image) : [])";

    /// <summary>
    /// Allowlist entries as prefixes that end in '/': "registry.k8s.io" admits "registry.k8s.io/pause" but not
    /// "registry.k8s.io.evil.example/pause".
    /// </summary>
    public static ImmutableArray<string> Prefixes(IEnumerable<string> allowlist) =>
        [.. allowlist.Select(entry => entry.Trim().TrimEnd('/') + "/").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The validation: every image starts with one allowlisted prefix.</summary>
    public static string Validation(IEnumerable<string> allowlist) =>
        "variables.images.all(image, [" + string.Join(", ", Prefixes(allowlist).Select(Quoted)) + "].exists(prefix, image.startsWith(prefix)))";

    /// <summary>The validation rule evaluated in C#: what the CEL above admits.</summary>
    public static bool Admits(IEnumerable<string> allowlist, IEnumerable<string> images)
    {
        var prefixes = Prefixes(allowlist);
        return images.All(image => prefixes.Any(prefix => image.StartsWith(prefix, StringComparison.Ordinal)));
    }

    private static string Quoted(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
