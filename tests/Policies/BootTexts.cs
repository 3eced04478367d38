namespace Kaws.Tests.Policies;

/// <summary>
/// The documents a clean master and node boot with, as text: a weakening replaces a line of one of them.
/// Stand-ins for what components/Kubernetes/Boot writes, shaped like kubeadm v1beta4 and kubelet v1beta1.
/// </summary>
public sealed record BootTexts(string Kubeadm, string Encryption, string NodeKubelet, string? Authentication = null)
{
    /// <summary>The structured alternative to anonymous-auth=false: anonymous only on the health endpoints.</summary>
    public const string HealthOnlyAuthentication = """
        apiVersion: apiserver.config.k8s.io/v1
        kind: AuthenticationConfiguration
        anonymous:
          enabled: true
          conditions:
            - path: /healthz
            - path: /livez
            - path: /readyz
        """;

    /// <summary>The clean texts with the apiserver's anonymous access set by an AuthenticationConfiguration instead of the flag.</summary>
    public static BootTexts StructuredAuthentication(string authentication = HealthOnlyAuthentication) => Clean with
    {
        Kubeadm = Clean.Kubeadm.Replace(
            "- name: anonymous-auth\n      value: \"false\"",
            "- name: authentication-config\n      value: /etc/kubernetes/authentication.yaml",
            StringComparison.Ordinal),
        Authentication = authentication,
    };

    public static readonly BootTexts Clean = new(
        """
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          name: master
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controlPlaneEndpoint: "KAWS-UNKNOWN-AT-PLAN-TIME:443"
        apiServer:
          extraArgs:
            - name: anonymous-auth
              value: "false"
            - name: authorization-mode
              value: Node,RBAC
            - name: enable-admission-plugins
              value: NodeRestriction,PodSecurity
            - name: profiling
              value: "false"
            - name: audit-log-path
              value: /var/log/kubernetes/audit/audit.log
            - name: audit-policy-file
              value: /etc/kubernetes/audit/policy.yaml
            - name: encryption-provider-config
              value: /etc/kubernetes/encryption/config.yaml
        ---
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        authentication:
          anonymous:
            enabled: false
          webhook:
            enabled: true
        authorization:
          mode: Webhook
        readOnlyPort: 0
        """,
        """
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources:
              - secrets
            providers:
              - aescbc:
                  keys:
                    - name: key1
                      secret: FILLED-AT-BOOT-FROM-SSM
              - identity: {}
        """,
        """
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        authentication:
          anonymous:
            enabled: false
        authorization:
          mode: Webhook
        readOnlyPort: 0
        """);

    /// <summary>The master's #cloud-config: kubeadm config as a literal block, the encryption config base64-encoded.</summary>
    public string MasterCloudConfig() =>
        "#cloud-config\n" +
        "write_files:\n" +
        "  - path: /etc/kubernetes/kubeadm/config.yaml\n" +
        "    permissions: \"0600\"\n" +
        "    content: |\n" + Indent(Kubeadm, 6) +
        "  - path: /etc/kubernetes/encryption/config.yaml\n" +
        "    permissions: \"0600\"\n" +
        "    encoding: b64\n" +
        $"    content: {Base64(Encryption)}\n" +
        (Authentication is null ? "" : "  - path: /etc/kubernetes/authentication.yaml\n    content: |\n" + Indent(Authentication, 6)) +
        "runcmd:\n" +
        "  - [/usr/local/bin/kaws-boot, master]\n";

    public string NodeCloudConfig() =>
        "#cloud-config\n" +
        "write_files:\n" +
        "  - path: /var/lib/kubelet/config.yaml\n" +
        "    content: |\n" + Indent(NodeKubelet, 6) +
        "runcmd:\n" +
        "  - [/usr/local/bin/kaws-boot, node]\n";

    public static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

    private static string Indent(string text, int spaces) =>
        string.Concat(text.Split('\n').Select(line => new string(' ', spaces) + line + "\n"));
}
