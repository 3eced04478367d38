using System.Collections.Immutable;
using Kaws.Policies;
using static Kaws.Policies.PolicyValue;

namespace Kaws.Tests.Policies;

/// <summary>
/// A small stack shaped like kaws's, written at provider-property level, that passes every rule.
/// Unknown values stand where the real program has references (ids, ARNs) so the fixture also proves
/// that rules do not fire on what they cannot know.
/// </summary>
public static class CleanStack
{
    public const string MasterTemplate = "cluster-masters-template";
    public const string NodeTemplate = "cluster-nodes-general-template";

    public static ImmutableArray<PolicyResource> Build(BootTexts? texts = null)
    {
        var boot = texts ?? BootTexts.Clean;
        return
        [
            Resource("aws:ec2/vpc:Vpc", "network-vpc", ("cidrBlock", Of("10.0.0.0/16")), ("enableDnsHostnames", Of(true))),
            Resource("aws:ec2/flowLog:FlowLog", "network-flow-log",
                ("vpcId", Unknown("network-vpc")), ("trafficType", Of("ALL")), ("logDestination", Unknown("network-flow-log-group"))),
            Resource("aws:ec2/securityGroup:SecurityGroup", "api-lb-sg", ("vpcId", Unknown("network-vpc")), ("description", Of("API load balancer"))),
            Resource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "api-lb-https-public",
                ("securityGroupId", Unknown("api-lb-sg")), ("ipProtocol", Of("tcp")), ("fromPort", Of(443)), ("toPort", Of(443)),
                ("cidrIpv4", Of("0.0.0.0/0")), ("tags", Map(("kaws:allowPublicIngress", Of("api-listener"))))),
            Resource("aws:ec2/securityGroup:SecurityGroup", "cluster-masters-sg",
                ("vpcId", Unknown("network-vpc")),
                ("ingress", List(Map(("protocol", Of("tcp")), ("fromPort", Of(6443)), ("toPort", Of(6443)), ("cidrBlocks", List(Of("10.0.0.0/16"))))))),
            Resource("aws:ec2/securityGroupRule:SecurityGroupRule", "bastion-ssh-from-office",
                ("type", Of("ingress")), ("protocol", Of("tcp")), ("fromPort", Of(22)), ("toPort", Of(22)),
                ("cidrBlocks", List(Of("203.0.113.0/24"))), ("securityGroupId", Unknown("cluster-masters-sg"))),
            Resource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "nodes-from-masters",
                ("securityGroupId", Unknown("nodes-sg")), ("ipProtocol", Of("-1")), ("referencedSecurityGroupId", Unknown("cluster-masters-sg"))),
            Resource("aws:kms/key:Key", "cluster-kms-key", ("enableKeyRotation", Of(true)), ("description", Of("kaws secrets"))),
            Resource("aws:ssm/parameter:Parameter", "pki-ca-key-parameter",
                ("name", Of("/kaws/kaws-dev/master/ca.key")), ("type", Of("SecureString")), ("keyId", Unknown("cluster-kms-key")), ("value", Secret(Unknown("pki-ca-key")))),
            Resource("aws:ssm/parameter:Parameter", "cluster-endpoint-parameter",
                ("name", Of("/kaws/kaws-dev/endpoint")), ("type", Of("String")), ("value", Unknown("api-lb"))),
            LaunchTemplate(MasterTemplate, boot.MasterCloudConfig()),
            LaunchTemplate(NodeTemplate, boot.NodeCloudConfig()),
            Resource("aws:ec2/instance:Instance", "etcd-backup-0",
                ("metadataOptions", Map(("httpTokens", Of("required")), ("httpPutResponseHopLimit", Of(1)))),
                ("rootBlockDevice", Map(("encrypted", Of(true)), ("volumeSize", Of(20)))),
                ("ebsBlockDevices", List(Map(("deviceName", Of("/dev/sdf")), ("encrypted", Of(true))))),
                ("associatePublicIpAddress", Of(false)),
                ("userData", Of("#cloud-config\nruncmd:\n  - [/usr/local/bin/kaws-boot, backup]\n")),
                ("tags", Map(("kaws:role", Of("master"))))),
            Resource("aws:ebs/volume:Volume", "etcd-backup-volume", ("encrypted", Of(true)), ("size", Of(50)), ("availabilityZone", Of("eu-west-1a"))),
            Resource("kubernetes:core/v1:Namespace", "apps-namespace",
                ("metadata", Map(("name", Of("apps")), ("labels", Map(("app.kubernetes.io/managed-by", Of("kaws"))))))),
            Resource("kubernetes:networking.k8s.io/v1:NetworkPolicy", "apps-default-deny",
                ("metadata", Map(("name", Of("default-deny")), ("namespace", Unknown("apps-namespace")))),
                ("spec", Map(("podSelector", PolicyMap.Empty), ("policyTypes", List(Of("Ingress"), Of("Egress")))))),
            Resource("kubernetes:core/v1:Namespace", "monitoring-namespace",
                ("metadata", Map(("name", Of("monitoring")), ("labels", Map(("app.kubernetes.io/managed-by", Of("kaws"))))))),
            Resource("kubernetes:networking.k8s.io/v1:NetworkPolicy", "monitoring-default-deny",
                ("metadata", Map(("name", Of("default-deny")), ("namespace", Of("monitoring")))),
                ("spec", Map(("podSelector", Map(("matchLabels", PolicyMap.Empty))), ("policyTypes", List(Of("Ingress"), Of("Egress")))))),
            Resource("kubernetes:networking.k8s.io/v1:NetworkPolicy", "monitoring-allow-scrape",
                ("metadata", Map(("name", Of("allow-scrape")), ("namespace", Of("monitoring")))),
                ("spec", Map(("podSelector", Map(("matchLabels", Map(("app", Of("prometheus")))))), ("policyTypes", List(Of("Ingress"))),
                    ("ingress", List(Map(("from", List(Map(("namespaceSelector", PolicyMap.Empty)))))))))),
            Resource("kubernetes:core/v1:Namespace", "kube-system-namespace", ("metadata", Map(("name", Of("kube-system"))))),
            Resource("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", "cluster-admins-binding",
                ("roleRef", Map(("kind", Of("ClusterRole")), ("name", Of("cluster-admin")), ("apiGroup", Of("rbac.authorization.k8s.io")))),
                ("subjects", List(Map(("kind", Of("Group")), ("name", Of("kubeadm:cluster-admins")), ("apiGroup", Of("rbac.authorization.k8s.io")))))),
            Resource("tls:index/locallySignedCert:LocallySignedCert", "pki-admin-cert",
                ("validityPeriodHours", Of(12)), ("certRequestPem", Unknown("pki-admin-csr")), ("caPrivateKeyPem", Secret(Unknown("pki-ca-key"))),
                ("caCertPem", Unknown("pki-ca-cert")), ("allowedUses", List(Of("client_auth")))),
            Resource("tls:index/locallySignedCert:LocallySignedCert", "pki-apiserver-cert",
                ("validityPeriodHours", Of(8760)), ("certRequestPem", Unknown("pki-apiserver-csr")), ("caPrivateKeyPem", Secret(Unknown("pki-ca-key"))),
                ("caCertPem", Unknown("pki-ca-cert")), ("allowedUses", List(Of("server_auth")))),
        ];
    }

    public static PolicyResource Resource(string type, string name, params (string Key, PolicyValue Value)[] properties) =>
        new(type, name, null, Map(properties));

    private static PolicyResource LaunchTemplate(string name, string cloudConfig) =>
        Resource("aws:ec2/launchTemplate:LaunchTemplate", name,
            ("metadataOptions", Map(("httpEndpoint", Of("enabled")), ("httpTokens", Of("required")), ("httpPutResponseHopLimit", Of(1)))),
            ("blockDeviceMappings", List(Map(("deviceName", Of("/dev/xvda")), ("ebs", Map(("encrypted", Of("true")), ("volumeSize", Of(50)), ("kmsKeyId", Unknown("cluster-kms-key"))))))),
            ("networkInterfaces", List(Map(("associatePublicIpAddress", Of("false")), ("deviceIndex", Of(0)), ("securityGroups", List(Unknown("cluster-masters-sg")))))),
            ("userData", Of(BootTexts.Base64(cloudConfig))),
            ("tagSpecifications", List(Map(("resourceType", Of("instance")), ("tags", Map(("kaws:role", Of(name == MasterTemplate ? "master" : "node"))))))));
}
