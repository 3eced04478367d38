namespace Kaws.Policies;

/// <summary>
/// A rule on the kube-apiserver flags of every kubeadm ClusterConfiguration found in user data
/// (apiServer.extraArgs). User data not known before deploy cannot be read and is not judged.
/// </summary>
public abstract class ClusterConfigurationRule(string name, string description, EnforcementLevel defaultLevel)
    : ResourceRule(name, description, defaultLevel)
{
    public const string Kind = "ClusterConfiguration";

    public sealed override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var userData in UserDataReader.Read(resource))
        {
            foreach (var document in userData.Documents.Where(document => document.Kind == Kind))
            {
                var flags = KubeadmArgs.Read(document.Document.At("apiServer", "extraArgs"));
                foreach (var problem in CheckFlags(flags, userData.Documents))
                {
                    yield return $"{Kind} in {document.Path}: {problem}";
                }
            }
        }
    }

    /// <param name="flags">The apiserver's extraArgs by flag name.</param>
    /// <param name="documents">Every document in the same user data, for flags that name another config file.</param>
    protected abstract IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents);

    protected static PolicyValue Flag(IReadOnlyDictionary<string, PolicyValue> flags, string name) =>
        flags.TryGetValue(name, out var value) ? value : PolicyValue.Null;
}
