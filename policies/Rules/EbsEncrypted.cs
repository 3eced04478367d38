namespace Kaws.Policies;

/// <summary>
/// Every EBS volume is encrypted. A launch template or instance that does not declare its root volume
/// inherits the AMI snapshot's setting, so the declaration is required.
/// </summary>
public sealed class EbsEncrypted() : ResourceRule(
    "ebs-encrypted",
    "Every EBS volume (launch template block device mappings, instance root and EBS block devices, volumes) is encrypted.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        var props = resource.Properties;
        switch (resource.Type)
        {
            case ResourceTypes.LaunchTemplate:
                var mappings = props["blockDeviceMappings"].Items.Where(mapping => !mapping["ebs"].IsNull).ToList();
                if (mappings.Count == 0)
                {
                    yield return "declares no EBS block device mapping, so the root volume's encryption is left to the AMI";
                }

                foreach (var mapping in mappings)
                {
                    var encrypted = mapping["ebs"]["encrypted"];
                    if (encrypted.IsUnknown || encrypted.Flag is not true)
                    {
                        yield return $"block device {mapping["deviceName"].Describe()}: ebs.encrypted is {encrypted.Describe()}, expected true";
                    }
                }

                break;
            case ResourceTypes.Instance:
                var root = props["rootBlockDevice"];
                if (root.IsNull)
                {
                    yield return "declares no rootBlockDevice, so the root volume's encryption is left to the AMI";
                }
                else if (root["encrypted"] is var rootEncrypted && (rootEncrypted.IsUnknown || rootEncrypted.Flag is not true))
                {
                    yield return $"rootBlockDevice.encrypted is {rootEncrypted.Describe()}, expected true";
                }

                foreach (var device in props["ebsBlockDevices"].Items)
                {
                    var encrypted = device["encrypted"];
                    if (encrypted.IsUnknown || encrypted.Flag is not true)
                    {
                        yield return $"ebs block device {device["deviceName"].Describe()}: encrypted is {encrypted.Describe()}, expected true";
                    }
                }

                break;
            case ResourceTypes.Volume:
                var volumeEncrypted = props["encrypted"];
                if (volumeEncrypted.IsUnknown || volumeEncrypted.Flag is not true)
                {
                    yield return $"encrypted is {volumeEncrypted.Describe()}, expected true";
                }

                break;
        }
    }
}
