namespace Kaws.Policies;

/// <summary>The provider type tokens the rules read.</summary>
public static class ResourceTypes
{
    public const string Vpc = "aws:ec2/vpc:Vpc";
    public const string FlowLog = "aws:ec2/flowLog:FlowLog";
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string SecurityGroupRule = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public const string SecurityGroupIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string LaunchTemplate = UserDataReader.LaunchTemplateType;
    public const string Instance = UserDataReader.InstanceType;
    public const string Volume = "aws:ebs/volume:Volume";
    public const string KmsKey = "aws:kms/key:Key";
    public const string SsmParameter = "aws:ssm/parameter:Parameter";
    public const string Namespace = "kubernetes:core/v1:Namespace";
    public const string NetworkPolicy = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
    public const string RoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
    public const string ClusterRoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
    public const string LocallySignedCert = "tls:index/locallySignedCert:LocallySignedCert";
}
