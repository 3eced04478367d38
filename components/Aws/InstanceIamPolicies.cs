using Kaws.Core;
using Kaws.Kubernetes.Boot;

namespace Kaws.Aws;

/// <summary>Where the instance policies point: the account, the region and the cluster's SSM prefix and key.</summary>
public sealed record InstancePolicyScope(string ClusterName, string Region, Value Partition, Value AccountId, string SsmPrefix, Value KeyArn)
{
    public Value ParameterArn(string path) => Fn.Format($"arn:{Partition}:ssm:{Region}:{AccountId}:parameter{path}");
}

/// <summary>
/// The least-privilege policies of the instance roles, derived from <see cref="SsmParameterLayout"/> so that
/// a parameter's readers and its IAM grants cannot drift apart. Masters read P/master/*, P/cluster/* and the
/// exact parameters of other folders they are listed as readers of; nodes read P/node/* and P/cluster/*;
/// only masters write, and only the parameters the boot itself creates.
/// </summary>
public static class InstanceIamPolicies
{
    public static readonly string[] ParameterReadActions = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"];

    /// <summary>The managed policy that lets Session Manager (and the SSM agent) reach an instance: the default access path.</summary>
    public const string SessionManagerPolicy = "AmazonSSMManagedInstanceCore";

    public static Value Master(InstancePolicyScope scope)
    {
        var folders = new[] { SsmParameterLayout.MasterFolder(scope.SsmPrefix), SsmParameterLayout.ClusterFolder(scope.SsmPrefix) };
        var extra = SsmParameterLayout.All(scope.SsmPrefix)
            .Where(spec => !spec.WrittenAtBoot && !folders.Any(folder => spec.Name.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Select(spec => spec.Name);
        var written = SsmParameterLayout.All(scope.SsmPrefix).Where(spec => spec.WrittenAtBoot).Select(spec => scope.ParameterArn(spec.Name));
        return IamDocuments.Document(
            ReadParameters(scope, folders, extra),
            DecryptThroughSsm(scope),
            Sid(IamDocuments.Statement("Allow", ["ssm:PutParameter"], written), "WriteBootParameters"));
    }

    public static Value Node(InstancePolicyScope scope)
    {
        var folders = new[] { SsmParameterLayout.NodeFolder(scope.SsmPrefix), SsmParameterLayout.ClusterFolder(scope.SsmPrefix) };
        return IamDocuments.Document(ReadParameters(scope, folders, []), DecryptThroughSsm(scope));
    }

    /// <summary>
    /// What the AWS cloud controller manager needs (after kubernetes/cloud-provider-aws's documented control-plane
    /// policy): describing is account-wide (EC2 and ELB describe calls support no resource scoping); changing
    /// anything is limited to resources tagged kubernetes.io/cluster/NAME=owned, or created with that tag.
    /// </summary>
    public static Value CloudController(InstancePolicyScope scope)
    {
        var clusterTag = $"kubernetes.io/cluster/{scope.ClusterName}";
        Value Tagged(string conditionKey) => new MapValue(new Dictionary<string, Value>
        {
            ["StringEquals"] = new MapValue(new Dictionary<string, Value> { [$"{conditionKey}/{clusterTag}"] = "owned" }),
        });

        var describe = IamDocuments.Statement("Allow",
        [
            "ec2:DescribeAvailabilityZones", "ec2:DescribeInstances", "ec2:DescribeInstanceTopology", "ec2:DescribeRegions",
            "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVolumes", "ec2:DescribeVpcs",
            "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeLoadBalancers",
            "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:DescribeTags",
        ], ["*"]);
        var changeOwned = IamDocuments.Statement("Allow",
        [
            "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup", "ec2:ModifyInstanceAttribute",
            "ec2:CreateRoute", "ec2:DeleteRoute",
            "elasticloadbalancing:ConfigureHealthCheck", "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener",
            "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyListener",
            "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:ModifyTargetGroup",
            "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:SetSecurityGroups",
        ], ["*"], condition: Tagged("aws:ResourceTag"));
        var createTagged = IamDocuments.Statement("Allow",
        [
            "ec2:CreateSecurityGroup", "ec2:CreateTags",
            "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup", "elasticloadbalancing:AddTags",
        ], ["*"], condition: Tagged("aws:RequestTag"));
        return IamDocuments.Document(Sid(describe, "Describe"), Sid(changeOwned, "ChangeClusterOwned"), Sid(createTagged, "CreateClusterTagged"));
    }

    private static MapValue ReadParameters(InstancePolicyScope scope, IEnumerable<string> folders, IEnumerable<string> exact)
    {
        var resources = folders
            .SelectMany(folder => new[] { scope.ParameterArn(folder), scope.ParameterArn(folder + "/*") })
            .Concat(exact.Select(scope.ParameterArn));
        return Sid(IamDocuments.Statement("Allow", ParameterReadActions, resources), "ReadOwnParameters");
    }

    /// <summary>The key decrypts only on behalf of SSM Parameter Store, never directly.</summary>
    private static MapValue DecryptThroughSsm(InstancePolicyScope scope) => Sid(
        IamDocuments.Statement("Allow", ["kms:Decrypt"], [scope.KeyArn], condition: new MapValue(new Dictionary<string, Value>
        {
            ["StringEquals"] = new MapValue(new Dictionary<string, Value> { ["kms:ViaService"] = $"ssm.{scope.Region}.amazonaws.com" }),
        })),
        "DecryptParametersThroughSsm");

    private static MapValue Sid(MapValue statement, string sid) => statement.With("Sid", sid);
}
