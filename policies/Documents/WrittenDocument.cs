namespace Kaws.Policies;

/// <summary>A YAML document found in a cloud-config write_files entry: the file path, and the document.</summary>
public sealed record WrittenDocument(string Path, PolicyValue Document)
{
    /// <summary>The document's <c>kind</c> (ClusterConfiguration, KubeletConfiguration, EncryptionConfiguration, …).</summary>
    public string? Kind => Document["kind"].Text;
}
