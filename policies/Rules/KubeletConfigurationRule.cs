namespace Kaws.Policies;

/// <summary>A rule on every KubeletConfiguration document found in user data (masters and nodes).</summary>
public abstract class KubeletConfigurationRule(string name, string description, EnforcementLevel defaultLevel)
    : ResourceRule(name, description, defaultLevel)
{
    public const string Kind = "KubeletConfiguration";

    public sealed override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var document in UserDataReader.Documents(resource, Kind))
        {
            foreach (var problem in CheckDocument(document.Document))
            {
                yield return $"{Kind} in {document.Path}: {problem}";
            }
        }
    }

    protected abstract IEnumerable<string> CheckDocument(PolicyValue kubelet);
}
