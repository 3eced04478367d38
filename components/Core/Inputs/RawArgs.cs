using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>
/// Untyped inputs, for what has no generated args: schema tests that must build a wrong resource on
/// purpose, and resources whose shape is data (a parsed manifest).
/// </summary>
public sealed record RawArgs(ImmutableSortedDictionary<string, Value> Properties) : Args
{
    public RawArgs(IEnumerable<KeyValuePair<string, Value>> properties)
        : this(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, properties))
    {
    }

    protected internal override void WriteTo(PropertyWriter writer)
    {
        foreach (var (name, value) in Properties)
        {
            writer.Add(name, new ValueInput(value));
        }
    }

    private sealed record ValueInput(Value Value) : IInput
    {
        public Value ToValue() => Value;
    }
}
