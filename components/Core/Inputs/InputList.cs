using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Kaws.Core;

/// <summary>A list property: items that are each an <see cref="Input{T}"/>, or one expression that yields a list.</summary>
[CollectionBuilder(typeof(InputList), nameof(InputList.Create))]
public readonly struct InputList<T> : IInput, IEnumerable<Input<T>>
{
    private readonly ImmutableArray<Input<T>> items;
    private readonly Value? expression;

    internal InputList(ImmutableArray<Input<T>> items, Value? expression)
    {
        this.items = items.IsDefault ? [] : items;
        this.expression = expression;
    }

    public Value ToValue() => expression ?? new ListValue(items.IsDefault ? [] : items.Select(item => item.ToValue()));

    public static implicit operator InputList<T>(T[] literals) => new([.. literals.Select(item => (Input<T>)item)], null);

    public static implicit operator InputList<T>(List<T> literals) => new([.. literals.Select(item => (Input<T>)item)], null);

    public static implicit operator InputList<T>(Input<T>[] inputs) => new([.. inputs], null);

    public static implicit operator InputList<T>(List<Input<T>> inputs) => new([.. inputs], null);

    public static implicit operator InputList<T>(Value expression) => new([], expression);

    public IEnumerator<Input<T>> GetEnumerator() => ((IEnumerable<Input<T>>)(items.IsDefault ? [] : items)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
