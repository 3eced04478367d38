using System.Collections.Immutable;
using Kaws.Policies;
using static Kaws.Policies.PolicyValue;

namespace Kaws.Tests.Policies;

/// <summary>
/// Each entry weakens exactly one setting of the clean stack and names the one rule that must catch it.
/// Every rule appears at least once (a spec checks).
/// </summary>
public static class Weakenings
{
    public sealed record Weakening(string Rule, Func<ImmutableArray<PolicyResource>> Build);

    private static ImmutableArray<PolicyResource> Clean => CleanStack.Build();

    private static ImmutableArray<PolicyResource> Boot(Func<BootTexts, BootTexts> change) => CleanStack.Build(change(BootTexts.Clean));

    private static BootTexts Kubeadm(this BootTexts texts, string from, string to) => texts with { Kubeadm = Replace(texts.Kubeadm, from, to) };

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new ArgumentException($"fixture has no '{from}'");

    public static readonly ImmutableSortedDictionary<string, Weakening> All = new Dictionary<string, Weakening>
    {
        ["world-https-without-api-listener-tag"] = new("no-world-ingress", () => Clean.Set("api-lb-https-public", "tags", PolicyMap.Empty)),
        ["api-listener-tag-on-port-8080"] = new("no-world-ingress", () => Clean.Set("api-lb-https-public", "fromPort", Of(8080)).Set("api-lb-https-public", "toPort", Of(8080))),
        ["inline-ingress-from-ipv6-world"] = new("no-world-ingress", () => Clean.Set("cluster-masters-sg", "ingress.0.cidrBlocks", List()).Set("cluster-masters-sg", "ingress.0.ipv6CidrBlocks", List(Of("::/0")))),
        ["ssh-rule-from-world"] = new("no-world-ssh", () => Clean.Set("bastion-ssh-from-office", "cidrBlocks", List(Of("0.0.0.0/0")))),
        ["all-traffic-from-world"] = new("no-world-ssh", () => Clean.Set("cluster-masters-sg", "ingress.0.protocol", Of("-1")).Set("cluster-masters-sg", "ingress.0.cidrBlocks", List(Of("0.0.0.0/0")))),
        ["imds-tokens-optional"] = new("imdsv2-required", () => Clean.Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", Of("optional"))),
        ["imds-hop-limit-2"] = new("imdsv2-required", () => Clean.Set(CleanStack.NodeTemplate, "metadataOptions.httpPutResponseHopLimit", Of(2))),
        ["imds-tokens-unknown"] = new("imdsv2-required", () => Clean.Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", Unknown("some-config"))),
        ["instance-without-metadata-options"] = new("imdsv2-required", () => Clean.Set("etcd-backup-0", "metadataOptions", Null)),
        ["template-volume-unencrypted"] = new("ebs-encrypted", () => Clean.Set(CleanStack.MasterTemplate, "blockDeviceMappings.0.ebs.encrypted", Of("false"))),
        ["template-without-block-devices"] = new("ebs-encrypted", () => Clean.Set(CleanStack.NodeTemplate, "blockDeviceMappings", Null)),
        ["instance-root-unencrypted"] = new("ebs-encrypted", () => Clean.Set("etcd-backup-0", "rootBlockDevice.encrypted", Of(false))),
        ["instance-data-volume-unencrypted"] = new("ebs-encrypted", () => Clean.Set("etcd-backup-0", "ebsBlockDevices.0.encrypted", Of(false))),
        ["volume-unencrypted"] = new("ebs-encrypted", () => Clean.Set("etcd-backup-volume", "encrypted", Null)),
        ["template-public-ip"] = new("no-public-ip", () => Clean.Set(CleanStack.NodeTemplate, "networkInterfaces.0.associatePublicIpAddress", Of("true"))),
        ["template-without-interfaces"] = new("no-public-ip", () => Clean.Set(CleanStack.MasterTemplate, "networkInterfaces", Null)),
        ["master-instance-public-ip"] = new("no-public-ip", () => Clean.Set("etcd-backup-0", "associatePublicIpAddress", Of(true))),
        ["kms-rotation-off"] = new("kms-key-rotation", () => Clean.Set("cluster-kms-key", "enableKeyRotation", Of(false))),
        ["ca-key-parameter-plain-string"] = new("ssm-secrets-encrypted", () => Clean.Set("pki-ca-key-parameter", "type", Of("String"))),
        ["ca-key-parameter-without-key-id"] = new("ssm-secrets-encrypted", () => Clean.Set("pki-ca-key-parameter", "keyId", Null)),
        ["token-parameter-plain-string"] = new("ssm-secrets-encrypted", () => Clean.With(CleanStack.Resource("aws:ssm/parameter:Parameter", "join-token-parameter",
            ("name", Of("/kaws/kaws-dev/join-token")), ("type", Of("String")), ("value", Unknown("join-token"))))),
        ["private-key-in-user-data"] = new("no-secrets-in-user-data", () => Clean.Set("etcd-backup-0", "userData",
            Of("#cloud-config\nwrite_files:\n  - path: /etc/kaws/key.pem\n    content: |\n      -----BEGIN RSA PRIVATE KEY-----\n      MIIB\n      -----END RSA PRIVATE KEY-----\n"))),
        ["bootstrap-token-in-node-user-data"] = new("no-secrets-in-user-data", () => Boot(texts => texts with
        {
            NodeKubelet = texts.NodeKubelet + "\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery:\n  bootstrapToken:\n    token: abcdef.0123456789abcdef\n",
        })),
        ["secret-in-user-data"] = new("no-secrets-in-user-data", () => Clean.Set("etcd-backup-0", "userData", Secret(Of("#cloud-config\n")))),
        ["vpc-without-flow-log"] = new("vpc-flow-logs", () => Clean.Without("network-flow-log")),
        ["flow-log-on-another-vpc"] = new("vpc-flow-logs", () => Clean.Set("network-flow-log", "vpcId", Unknown("legacy-vpc"))),
        ["identity-provider-first"] = new("secrets-encrypted-at-rest", () => Boot(texts => texts with
        {
            Encryption = Replace(Replace(texts.Encryption, "      - identity: {}", "      - aescbc-placeholder"), "      - aescbc:", "      - identity: {}\n      - aescbc:")
                .Replace("      - aescbc-placeholder", "", StringComparison.Ordinal),
        })),
        ["encryption-config-not-covering-secrets"] = new("secrets-encrypted-at-rest", () => Boot(texts => texts with { Encryption = Replace(texts.Encryption, "- secrets", "- configmaps") })),
        ["apiserver-without-encryption-provider"] = new("secrets-encrypted-at-rest", () => Boot(texts => texts.Kubeadm(
            "    - name: encryption-provider-config\n      value: /etc/kubernetes/encryption/config.yaml\n", ""))),
        ["apiserver-anonymous-auth-on"] = new("apiserver-anonymous-auth-disabled", () => Boot(texts => texts.Kubeadm(
            "- name: anonymous-auth\n      value: \"false\"", "- name: anonymous-auth\n      value: \"true\""))),
        ["authentication-config-anonymous-everywhere"] = new("apiserver-anonymous-auth-disabled", () => CleanStack.Build(BootTexts.StructuredAuthentication(
            BootTexts.HealthOnlyAuthentication.Replace("    - path: /readyz", "    - path: /readyz\n    - path: /api", StringComparison.Ordinal)))),
        ["authentication-config-without-anonymous-section"] = new("apiserver-anonymous-auth-disabled", () => CleanStack.Build(BootTexts.StructuredAuthentication(
            "apiVersion: apiserver.config.k8s.io/v1\nkind: AuthenticationConfiguration\n"))),
        ["authentication-config-not-in-user-data"] = new("apiserver-anonymous-auth-disabled", () => CleanStack.Build(BootTexts.StructuredAuthentication() with { Authentication = null })),
        ["apiserver-always-allow"] = new("apiserver-authorization-node-rbac", () => Boot(texts => texts.Kubeadm("value: Node,RBAC", "value: AlwaysAllow"))),
        ["apiserver-rbac-only"] = new("apiserver-authorization-node-rbac", () => Boot(texts => texts.Kubeadm("value: Node,RBAC", "value: RBAC"))),
        ["apiserver-without-pod-security"] = new("apiserver-admission-plugins", () => Boot(texts => texts.Kubeadm("value: NodeRestriction,PodSecurity", "value: NodeRestriction"))),
        ["apiserver-profiling-on"] = new("apiserver-profiling-disabled", () => Boot(texts => texts.Kubeadm(
            "- name: profiling\n      value: \"false\"", "- name: profiling\n      value: \"true\""))),
        ["apiserver-without-audit-policy"] = new("apiserver-audit-logging", () => Boot(texts => texts.Kubeadm(
            "    - name: audit-policy-file\n      value: /etc/kubernetes/audit/policy.yaml\n", ""))),
        ["kubelet-anonymous-on"] = new("kubelet-anonymous-auth-disabled", () => Boot(texts => texts with { NodeKubelet = Replace(texts.NodeKubelet, "enabled: false", "enabled: true") })),
        ["kubelet-always-allow"] = new("kubelet-webhook-authorization", () => Boot(texts => texts.Kubeadm("mode: Webhook", "mode: AlwaysAllow"))),
        ["kubelet-read-only-port-open"] = new("kubelet-read-only-port-disabled", () => Boot(texts => texts with { NodeKubelet = Replace(texts.NodeKubelet, "readOnlyPort: 0", "readOnlyPort: 10255") })),
        ["namespace-without-default-deny"] = new("namespace-default-deny", () => Clean.Without("apps-default-deny")),
        ["default-deny-allowing-egress"] = new("namespace-default-deny", () => Clean.Set("monitoring-default-deny", "spec.egress", List(PolicyMap.Empty))),
        ["default-deny-ingress-only"] = new("namespace-default-deny", () => Clean.Set("apps-default-deny", "spec.policyTypes", List(Of("Ingress")))),
        ["binding-to-anonymous"] = new("no-anonymous-bindings", () => Clean.Set("cluster-admins-binding", "subjects.0.name", Of("system:anonymous"))),
        ["binding-to-unauthenticated"] = new("no-anonymous-bindings", () => Clean.With(CleanStack.Resource("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "apps-viewers",
            ("roleRef", Map(("kind", Of("Role")), ("name", Of("view")))),
            ("subjects", List(Map(("kind", Of("Group")), ("name", Of("system:unauthenticated")))))))),
        ["admin-cert-for-a-year"] = new("admin-cert-lifetime", () => Clean.Set("pki-admin-cert", "validityPeriodHours", Of(8760))),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
