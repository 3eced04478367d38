namespace Kaws.Kubernetes.Boot;

/// <summary>Which kind of instance a set of boot documents is for.</summary>
public enum BootRole
{
    Master,
    Node,
}
