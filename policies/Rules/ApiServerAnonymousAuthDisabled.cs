namespace Kaws.Policies;

/// <summary>
/// Requests without credentials are refused instead of running as system:anonymous: either
/// anonymous-auth=false, or a structured AuthenticationConfiguration (authentication-config) that lets
/// anonymous requests reach only the health endpoints (the kubelet's probes of the apiserver pod carry
/// no credentials) and kubeadm's public discovery object kube-public/cluster-info. The configuration must be in
/// the same user data, so the exception can be reviewed.
/// </summary>
public sealed class ApiServerAnonymousAuthDisabled() : ClusterConfigurationRule(
    "apiserver-anonymous-auth-disabled",
    "The apiserver refuses anonymous requests: anonymous-auth=false, or an AuthenticationConfiguration (authentication-config) that allows anonymous only on /healthz, /livez, /readyz and kubeadm's kube-public/cluster-info discovery object.",
    EnforcementLevel.Mandatory)
{
    public const string AuthenticationKind = "AuthenticationConfiguration";

    private static readonly string[] HealthPaths = ["/healthz", "/livez", "/readyz", "/api/v1/namespaces/kube-public/configmaps/cluster-info"];

    protected override IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents)
    {
        var flag = Flag(flags, "anonymous-auth");
        var structured = Flag(flags, "authentication-config");
        if (flag.IsNull && structured.Text is { Length: > 0 } && !structured.IsUnknown)
        {
            foreach (var problem in CheckStructured(documents))
            {
                yield return problem;
            }
        }
        else if (flag.IsUnknown || flag.Flag is not false)
        {
            yield return $"apiServer anonymous-auth is {flag.Describe()}, expected \"false\" (or an authentication-config that allows anonymous only on health endpoints)";
        }
    }

    private static IEnumerable<string> CheckStructured(IReadOnlyList<WrittenDocument> documents)
    {
        var configurations = documents.Where(document => document.Kind == AuthenticationKind).ToList();
        if (configurations.Count == 0)
        {
            yield return $"apiServer authentication-config is set but no {AuthenticationKind} is in the user data, so anonymous access cannot be checked";
        }

        foreach (var configuration in configurations)
        {
            var anonymous = configuration.Document["anonymous"];
            var enabled = anonymous["enabled"];
            if (anonymous.IsNull)
            {
                yield return $"{AuthenticationKind} in {configuration.Path} does not configure anonymous, so the apiserver's default (anonymous allowed) applies";
                continue;
            }

            if (enabled.Flag is false && !enabled.IsUnknown)
            {
                continue;
            }

            var paths = anonymous["conditions"].Items.Select(condition => condition["path"].Text).ToList();
            if (enabled.IsUnknown || enabled.Flag is not true || paths.Count == 0 || paths.Exists(path => path is null || !HealthPaths.Contains(path)))
            {
                var allowed = paths.Count == 0 ? "every path" : string.Join(", ", paths.Select(path => path ?? "(unknown)"));
                yield return $"{AuthenticationKind} in {configuration.Path} allows anonymous requests on {allowed}; only {string.Join(", ", HealthPaths)} may be anonymous";
            }
        }
    }
}
