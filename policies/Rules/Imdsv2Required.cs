namespace Kaws.Policies;

/// <summary>
/// IMDSv2 only, one hop: a pod cannot reach the node's instance role credentials through the metadata
/// service. These are literal settings, so a value known only at deploy time is a violation too.
/// </summary>
public sealed class Imdsv2Required() : ResourceRule(
    "imdsv2-required",
    "Launch templates and instances set metadataOptions.httpTokens \"required\" and httpPutResponseHopLimit 1.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        if (resource.Type is not (ResourceTypes.LaunchTemplate or ResourceTypes.Instance))
        {
            yield break;
        }

        var options = resource.Properties["metadataOptions"];
        var tokens = options["httpTokens"];
        if (!tokens.Is("required"))
        {
            yield return $"metadataOptions.httpTokens is {tokens.Describe()}, expected \"required\" (IMDSv2 only)";
        }

        var hops = options["httpPutResponseHopLimit"];
        if (hops.IsUnknown || hops.Number is not 1)
        {
            yield return $"metadataOptions.httpPutResponseHopLimit is {hops.Describe()}, expected 1 (containers must not reach the metadata service)";
        }
    }
}
