using System.Text.RegularExpressions;

namespace Kaws.Kubernetes.Boot;

/// <summary>A taint a worker registers with: key, value (may be empty), NoSchedule | PreferNoSchedule | NoExecute.</summary>
public sealed record NodeTaintSetting(string Key, string Value, string Effect);

/// <summary>
/// What a node group may ask its kubelets to register with. Label and taint keys and values follow the
/// Kubernetes syntax; labels under kubernetes.io or k8s.io are refused (other than the kubelet.kubernetes.io
/// and node.kubernetes.io prefixes) because the NodeRestriction admission plugin rejects a kubelet that sets
/// them, and the node would never join.
/// </summary>
public static partial class NodeRegistrationRules
{
    public static readonly string[] Effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

    /// <summary>The problem with one label, or null.</summary>
    public static string? LabelProblem(string key, string value)
    {
        if (KeyProblem(key) is { } keyProblem)
        {
            return keyProblem;
        }

        if (!ValuePattern().IsMatch(value))
        {
            return $"label value '{value}' must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash < 0 ? "" : key[..slash];
        var restricted = prefix is "kubernetes.io" or "k8s.io" || prefix.EndsWith(".kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".k8s.io", StringComparison.Ordinal);
        return restricted && prefix is not ("kubelet.kubernetes.io" or "node.kubernetes.io")
            ? $"label '{key}' is under {prefix}, which NodeRestriction does not let a kubelet set; use your own prefix such as kaws.io/"
            : null;
    }

    /// <summary>The problem with one taint, or null.</summary>
    public static string? TaintProblem(NodeTaintSetting taint)
    {
        if (KeyProblem(taint.Key) is { } keyProblem)
        {
            return keyProblem;
        }

        if (!ValuePattern().IsMatch(taint.Value))
        {
            return $"taint value '{taint.Value}' must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
        }

        return Effects.Contains(taint.Effect) ? null : $"taint effect '{taint.Effect}' must be one of {string.Join(", ", Effects)}";
    }

    private static string? KeyProblem(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash < 0 ? null : key[..slash];
        var name = slash < 0 ? key : key[(slash + 1)..];
        if ((prefix is not null && (prefix.Length > 253 || !PrefixPattern().IsMatch(prefix))) || !NamePattern().IsMatch(name))
        {
            return $"'{key}' is not a Kubernetes label key (an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.')";
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")]
    private static partial Regex ValuePattern();
}
