using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Cloudwatch;
using Kaws.Providers.Aws.Ec2;
using Kaws.Providers.Aws.Iam;

namespace Kaws.Network;

/// <summary>Inputs of <see cref="VpcFlowLogs"/>.</summary>
public sealed record VpcFlowLogsArgs(string ClusterName, Output<string> VpcId, int RetentionDays, Output<string>? KeyArn);

/// <summary>
/// Every accepted and rejected flow of the VPC, kept in CloudWatch Logs: the record an incident
/// responder needs and the old kaws never had.
/// </summary>
public sealed class VpcFlowLogs : ComponentResource
{
    public VpcFlowLogs(Construct scope, string id, VpcFlowLogsArgs args)
        : base(scope, id, "kaws:network:VpcFlowLogs")
    {
        LogGroup = new LogGroup(this, "log-group", new LogGroupArgs
        {
            Name = $"/kaws/{args.ClusterName}/vpc-flow-logs",
            RetentionInDays = args.RetentionDays,
            KmsKeyId = args.KeyArn is { } key ? key : (Input<string>?)null,
            Tags = ClusterTags.For(args.ClusterName, "vpc-flow-logs"),
        });

        var role = new Role(this, "role", new RoleArgs
        {
            AssumeRolePolicy = Fn.ToJson(IamDocuments.AssumeRoleBy("vpc-flow-logs.amazonaws.com")),
            Tags = ClusterTags.For(args.ClusterName, "vpc-flow-logs"),
        });

        // The delivery service may write only into this one log group.
        new RolePolicy(this, "write-logs", new RolePolicyArgs
        {
            Role = role.Id,
            Policy = Fn.ToJson(IamDocuments.Allow(
                ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                [Fn.Format($"{LogGroup.Arn}:*")])),
        });

        FlowLog = new FlowLog(this, "flow-log", new FlowLogArgs
        {
            VpcId = args.VpcId,
            TrafficType = "ALL",
            LogDestinationType = "cloud-watch-logs",
            LogDestination = LogGroup.Arn,
            IamRoleArn = role.Arn,
            MaxAggregationInterval = 60,
            Tags = ClusterTags.For(args.ClusterName, "vpc-flow-log"),
        });
    }

    public LogGroup LogGroup { get; }

    public FlowLog FlowLog { get; }
}
