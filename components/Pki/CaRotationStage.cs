namespace Kaws.Pki;

/// <summary>
/// Where a CA rotation stands. Each stage is one <c>pulumi up</c>, in this order:
/// None → AddNew → Switch → RemoveOld → None (with the new generation in service).
/// </summary>
public enum CaRotationStage
{
    /// <summary>One CA generation; it signs and is the whole trust bundle.</summary>
    None,

    /// <summary>The new generation exists and is trusted next to the old one; the old one still signs.</summary>
    AddNew,

    /// <summary>The new generation signs; the old one is still trusted so older leaves keep working.</summary>
    Switch,

    /// <summary>Only the new generation is left.</summary>
    RemoveOld,
}
