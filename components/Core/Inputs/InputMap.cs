using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>A map property with string keys (tags, labels), or one expression that yields a map.</summary>
public readonly struct InputMap<T> : IInput
{
    private readonly ImmutableSortedDictionary<string, Input<T>>? entries;
    private readonly Value? expression;

    private InputMap(ImmutableSortedDictionary<string, Input<T>>? entries, Value? expression)
    {
        this.entries = entries;
        this.expression = expression;
    }

    public Value ToValue() =>
        expression ?? new MapValue((entries ?? ImmutableSortedDictionary<string, Input<T>>.Empty)
            .Select(entry => KeyValuePair.Create(entry.Key, entry.Value.ToValue())));

    public static implicit operator InputMap<T>(Dictionary<string, T> literals) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, literals.Select(entry => KeyValuePair.Create(entry.Key, (Input<T>)entry.Value))), null);

    public static implicit operator InputMap<T>(Dictionary<string, Input<T>> inputs) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, inputs), null);

    public static implicit operator InputMap<T>(ImmutableSortedDictionary<string, T> literals) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, literals.Select(entry => KeyValuePair.Create(entry.Key, (Input<T>)entry.Value))), null);

    public static implicit operator InputMap<T>(Value expression) => new(null, expression);
}
