namespace Kaws.Policies;

/// <summary>
/// Secrets in etcd are encrypted: the apiserver is given an encryption provider config, and every
/// EncryptionConfiguration covers secrets with a real provider first. identity (no encryption) may only
/// come last, where it lets the apiserver read data written before encryption was turned on.
/// </summary>
public sealed class SecretsEncryptedAtRest() : ResourceRule(
    "secrets-encrypted-at-rest",
    "The apiserver sets encryption-provider-config; every EncryptionConfiguration covers secrets, lists a non-identity provider first and identity only last.",
    EnforcementLevel.Mandatory)
{
    public const string Kind = "EncryptionConfiguration";

    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var document in UserDataReader.Documents(resource, ClusterConfigurationRule.Kind))
        {
            var flag = KubeadmArgs.Read(document.Document.At("apiServer", "extraArgs")).GetValueOrDefault("encryption-provider-config") ?? PolicyValue.Null;
            if (flag.IsUnknown || flag.Text is not { Length: > 0 })
            {
                yield return $"{ClusterConfigurationRule.Kind} in {document.Path}: apiServer encryption-provider-config is {flag.Describe()}, so secrets are stored in etcd unencrypted";
            }
        }

        foreach (var document in UserDataReader.Documents(resource, Kind))
        {
            foreach (var problem in CheckEncryption(document.Document))
            {
                yield return $"{Kind} in {document.Path}: {problem}";
            }
        }
    }

    private static IEnumerable<string> CheckEncryption(PolicyValue configuration)
    {
        var entries = configuration["resources"].Items;
        if (!entries.Any(entry => entry["resources"].Items.Any(name => name.Text is "secrets" or "*.*")))
        {
            yield return "does not cover secrets";
        }

        for (var index = 0; index < entries.Count; index++)
        {
            var providers = entries[index]["providers"].Items.Select(ProviderName).ToList();
            if (providers.Count == 0)
            {
                yield return $"resources[{index}] lists no providers";
                continue;
            }

            if (providers[0] == "identity")
            {
                yield return $"resources[{index}] lists identity first, so new data is written unencrypted";
            }
            else if (providers.IndexOf("identity") is var at and >= 0 && at != providers.Count - 1)
            {
                yield return $"resources[{index}] lists identity at position {at + 1} of {providers.Count}; it may only come last";
            }
        }
    }

    private static string ProviderName(PolicyValue provider) => provider.Entries.Select(entry => entry.Key).FirstOrDefault() ?? "(empty)";
}
