namespace Kaws.Core;

/// <summary>A built-in function of the YAML runtime: <c>fn::&lt;Name&gt;: Argument</c>. Build them with <see cref="Fn"/>.</summary>
public sealed record FunctionCall(string Name, Value Argument) : Value
{
    public override IEnumerable<Value> Children => [Argument];
}
