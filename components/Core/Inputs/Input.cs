namespace Kaws.Core;

/// <summary>
/// A typed property value: a literal of <typeparamref name="T"/>, a typed output of another resource,
/// or (for interpolations and function calls) any expression.
/// </summary>
public readonly struct Input<T> : IInput
{
    private readonly Value? value;

    private Input(Value value) => this.value = value;

    public Value ToValue() => value ?? NullLiteral.Instance;

    public static implicit operator Input<T>(T literal) => new(ValueConversion.FromObject(literal));

    public static implicit operator Input<T>(Output<T> output) => new(output.Expression);

    public static implicit operator Input<T>(Value expression) => new(expression);

    public override string ToString() => ToValue().ToString();
}
