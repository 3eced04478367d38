using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>
/// A string built from literal text and references, emitted as <c>"arn:${a.b}/x"</c>.
/// Only references can sit inside an interpolation (the YAML runtime has no nested calls there);
/// <see cref="Fn.Format"/> falls back to fn::join when a part is a function call.
/// </summary>
public sealed record Interpolation : Value
{
    public Interpolation(IEnumerable<Value> parts)
    {
        Parts = [.. parts];
        foreach (var part in Parts)
        {
            if (part is not (StringLiteral or ResourceReference or ConfigReference))
            {
                throw new ArgumentException($"an interpolation holds only text and references, not {part.GetType().Name}");
            }
        }
    }

    public ImmutableArray<Value> Parts { get; }

    public override IEnumerable<Value> Children => Parts;

    public bool Equals(Interpolation? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Length;
}
