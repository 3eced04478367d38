using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>
/// A value known only at deploy time: a preview unknown, an output reference, an invoke result.
/// <see cref="Sources"/> names the resources it derives from (logical names offline, URNs from the engine)
/// when that is known, so stack rules can still match "this flow log's vpcId is that VPC's id".
/// </summary>
public sealed record PolicyUnknown : PolicyValue
{
    /// <summary>
    /// Stands for an unknown part inside text the compiler assembles for an encoder (the user data template
    /// under fn::toBase64, a document under fn::toJSON), so the literal parts of that text stay checkable.
    /// Upper case and dashes only: it survives base64, YAML plain scalars and JSON strings unchanged.
    /// </summary>
    public const string TextMarker = "KAWS-UNKNOWN-AT-PLAN-TIME";

    public PolicyUnknown(IEnumerable<string> sources) =>
        Sources = [.. sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public ImmutableArray<string> Sources { get; }

    public bool Equals(PolicyUnknown? other) => other is not null && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => Sources.Length;
}
