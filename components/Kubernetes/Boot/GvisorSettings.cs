namespace Kaws.Kubernetes.Boot;

/// <summary>
/// gVisor on a sandbox node group: the runsc release the node installs and registers with containerd as the
/// <c>runsc</c> runtime (the handler of the <c>gvisor</c> RuntimeClass).
/// </summary>
/// <param name="Release">A gVisor release (yyyymmdd.n) from the release bucket; pinned, so every node of the group runs the same sandbox.</param>
public sealed record GvisorSettings(string Release = GvisorSettings.DefaultRelease)
{
    public const string DefaultRelease = "20261012.0";

    /// <summary>The release bucket; the .sha512 files beside each binary are checked before anything is installed.</summary>
    public const string ReleaseBucket = "https://storage.googleapis.com/gvisor/releases/release";

    /// <summary>The containerd runtime name, and so the RuntimeClass handler.</summary>
    public const string RuntimeHandler = "runsc";
}
