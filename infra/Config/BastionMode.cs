namespace Kaws.Infra.Config;

/// <summary>How operators reach instances: Session Manager only (default), or an SSH bastion as well.</summary>
public enum BastionMode
{
    None,
    Ssh,
}
