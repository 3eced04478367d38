namespace Kaws.Policies;

/// <summary>KMS keys rotate yearly, so one leaked key version does not expose everything ever encrypted.</summary>
public sealed class KmsKeyRotation() : ResourceRule(
    "kms-key-rotation",
    "Every KMS key sets enableKeyRotation true.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        if (resource.Type != ResourceTypes.KmsKey)
        {
            yield break;
        }

        var rotation = resource.Properties["enableKeyRotation"];
        if (rotation.IsUnknown || rotation.Flag is not true)
        {
            yield return $"enableKeyRotation is {rotation.Describe()}, expected true";
        }
    }
}
