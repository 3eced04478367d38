namespace Kaws.Policies;

/// <summary>What a violation does. The numbers are the engine's (pulumirpc.EnforcementLevel).</summary>
public enum EnforcementLevel
{
    /// <summary>Shown as a warning; the deployment goes on.</summary>
    Advisory = 0,

    /// <summary>Stops `kaws plan` (non-zero exit) and `pulumi preview/up`.</summary>
    Mandatory = 1,

    /// <summary>The rule does not run.</summary>
    Disabled = 2,
}
