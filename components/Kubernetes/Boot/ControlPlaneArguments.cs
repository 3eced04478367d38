using System.Globalization;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The command-line arguments kaws sets on the control-plane static pods, sorted by name. kubeadm adds its
/// own defaults (certificate paths for etcd and clients, --secure-port, …) where these say nothing.
/// </summary>
public static class ControlPlaneArguments
{
    private const string Pki = BootFilePaths.PkiDirectory;

    public static IReadOnlyList<KeyValuePair<string, string>> ApiServer(KubernetesBootSettings settings)
    {
        var audit = settings.AuditLog;
        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["admission-control-config-file"] = BootFilePaths.AdmissionConfig,
            ["audit-log-maxage"] = Number(audit.MaxAgeDays),
            ["audit-log-maxbackup"] = Number(audit.MaxBackups),
            ["audit-log-maxsize"] = Number(audit.MaxSizeMegabytes),
            ["audit-log-path"] = audit.Path,
            ["audit-policy-file"] = BootFilePaths.AuditPolicy,
            ["authentication-config"] = BootFilePaths.AuthenticationConfig,
            ["authorization-mode"] = "Node,RBAC",
            ["enable-admission-plugins"] = string.Join(',', AdmissionPlugins.Enabled(settings.ExtraAdmissionPlugins)),
            ["encryption-provider-config"] = BootFilePaths.EncryptionConfig,
            ["encryption-provider-config-automatic-reload"] = "true",
            ["kubelet-certificate-authority"] = Pki + "/ca.crt",
            ["kubelet-client-certificate"] = Pki + "/apiserver-kubelet-client.crt",
            ["kubelet-client-key"] = Pki + "/apiserver-kubelet-client.key",
            ["profiling"] = "false",
            ["service-account-issuer"] = $"https://kubernetes.default.svc.{settings.ClusterDomain}",
            ["service-account-key-file"] = Pki + "/sa.pub",
            ["service-account-lookup"] = "true",
            ["service-account-signing-key-file"] = Pki + "/sa.key",
        };
        AddTls(arguments, settings.Tls);
        return [.. arguments];
    }

    public static IReadOnlyList<KeyValuePair<string, string>> ControllerManager(KubernetesBootSettings settings)
    {
        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["bind-address"] = "127.0.0.1",
            ["cluster-signing-cert-file"] = Pki + "/ca.crt",
            ["cluster-signing-key-file"] = Pki + "/ca.key",
            ["feature-gates"] = "RotateKubeletServerCertificate=true",
            ["profiling"] = "false",
            ["use-service-account-credentials"] = "true",
        };
        AddTls(arguments, settings.Tls);
        return [.. arguments];
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Scheduler(KubernetesBootSettings settings)
    {
        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["bind-address"] = "127.0.0.1",
            ["profiling"] = "false",
        };
        AddTls(arguments, settings.Tls);
        return [.. arguments];
    }

    /// <summary>kubeadm already sets client/peer certificate auth; kaws states it and forbids self-signed fallbacks.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Etcd(KubernetesBootSettings settings)
    {
        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auto-tls"] = "false",
            ["client-cert-auth"] = "true",
            ["peer-auto-tls"] = "false",
            ["peer-client-cert-auth"] = "true",
            ["tls-min-version"] = settings.Tls.EtcdMinVersion,
        };
        if (settings.Tls.UsesCipherList)
        {
            arguments["cipher-suites"] = string.Join(',', settings.Tls.CipherSuites);
        }

        return [.. arguments];
    }

    private static void AddTls(SortedDictionary<string, string> arguments, TlsSettings tls)
    {
        arguments["tls-min-version"] = tls.MinVersion;
        if (tls.UsesCipherList)
        {
            arguments["tls-cipher-suites"] = string.Join(',', tls.CipherSuites);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
