using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Checks an EncryptionConfiguration for the mistake that silently stores secrets in plain text: the API
/// server writes with the first provider, so identity first means no encryption at all. Every resource
/// group must start with a real provider and may list identity only once, last.
/// </summary>
public static class EncryptionProviderOrder
{
    /// <summary>One line per problem; empty when the order is safe.</summary>
    public static IReadOnlyList<string> Problems(string encryptionConfigYaml)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(encryptionConfigYaml));
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new YamlException("expected one mapping document");
        }
        catch (YamlException exception)
        {
            return [$"encryption config: not a YAML mapping ({exception.Message})"];
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("resources"), out var resourcesNode) || resourcesNode is not YamlSequenceNode { Children.Count: > 0 } groups)
        {
            return ["encryption config: 'resources' is missing or empty, so nothing is encrypted"];
        }

        var problems = new List<string>();
        for (var group = 0; group < groups.Children.Count; group++)
        {
            var providers = groups.Children[group] is YamlMappingNode entry
                && entry.Children.TryGetValue(new YamlScalarNode("providers"), out var list)
                && list is YamlSequenceNode sequence
                    ? sequence.Children.Select(ProviderName).ToList()
                    : [];
            if (providers.Count == 0)
            {
                problems.Add($"resources[{group}]: no providers");
                continue;
            }

            if (providers[0] == "identity")
            {
                problems.Add($"resources[{group}].providers[0] is identity: new objects would be stored unencrypted; put a real provider first and identity last");
            }

            for (var index = 1; index < providers.Count - 1; index++)
            {
                if (providers[index] == "identity")
                {
                    problems.Add($"resources[{group}].providers[{index}] is identity but not last: identity may only be the final read-only fallback");
                }
            }

            if (providers.Any(name => name.Length == 0))
            {
                problems.Add($"resources[{group}]: every provider must be a mapping with exactly one provider name");
            }
        }

        return problems;
    }

    private static string ProviderName(YamlNode provider) =>
        provider is YamlMappingNode { Children.Count: 1 } map && map.Children.Keys.Single() is YamlScalarNode { Value: { } name }
            ? name
            : "";
}
