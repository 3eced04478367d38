using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>A map property with string keys (tags, labels), or one expression that yields a map.</summary>
public readonly struct InputMap<T> : IInput
{
    // Unique keys, in no particular order: the MapValue built from them sorts them once.
    private readonly KeyValuePair<string, Input<T>>[]? entries;
    private readonly Value? expression;

    private InputMap(KeyValuePair<string, Input<T>>[]? entries, Value? expression)
    {
        this.entries = entries;
        this.expression = expression;
    }

    public Value ToValue() =>
        expression ?? new MapValue((entries ?? []).Select(entry => KeyValuePair.Create(entry.Key, entry.Value.ToValue())));

    public static implicit operator InputMap<T>(Dictionary<string, T> literals) =>
        new([.. literals.Select(entry => KeyValuePair.Create(entry.Key, (Input<T>)entry.Value))], null);

    public static implicit operator InputMap<T>(Dictionary<string, Input<T>> inputs) => new([.. inputs], null);

    public static implicit operator InputMap<T>(ImmutableSortedDictionary<string, T> literals) =>
        new([.. literals.Select(entry => KeyValuePair.Create(entry.Key, (Input<T>)entry.Value))], null);

    public static implicit operator InputMap<T>(Value expression) => new(null, expression);
}
