namespace Kaws.Policies;

/// <summary>
/// Every VPC records its traffic (flow logs), for incident response. A flow log counts for a VPC when its
/// vpcId is that VPC's id, or is known only at deploy time and derives from that VPC (or from nothing the
/// engine told us: then it cannot be proven to point elsewhere).
/// </summary>
public sealed class VpcFlowLogs() : StackRule(
    "vpc-flow-logs",
    "Every VPC has a flow log (aws:ec2/flowLog:FlowLog whose vpcId refers to it).",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<PolicyViolation> Check(IReadOnlyList<PolicyResource> resources, PolicySettings settings)
    {
        var flowLogs = resources.Where(resource => resource.Type == ResourceTypes.FlowLog).ToList();
        foreach (var vpc in resources.Where(resource => resource.Type == ResourceTypes.Vpc))
        {
            if (!flowLogs.Any(flowLog => RefersTo(flowLog.Properties["vpcId"], vpc)))
            {
                yield return PolicyViolation.Of(vpc, "has no flow log (add an aws:ec2/flowLog:FlowLog with vpcId set to this VPC's id)");
            }
        }
    }

    private static bool RefersTo(PolicyValue vpcId, PolicyResource vpc)
    {
        if (vpcId.IsNull)
        {
            return false;
        }

        if (vpcId.Revealed is PolicyUnknown unknown)
        {
            return unknown.Sources.IsEmpty || vpc.IsSourceOf(vpcId);
        }

        return vpcId.Text is { } id && vpc.Properties["id"].Text == id;
    }
}
