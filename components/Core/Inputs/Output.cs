namespace Kaws.Core;

/// <summary>A typed reference to an output of a resource; it converts to a matching <see cref="Input{T}"/>.</summary>
public readonly record struct Output<T>(Value Expression) : IInput
{
    public Value ToValue() => Expression;

    public static implicit operator Value(Output<T> output) => output.Expression;

    /// <summary>A deeper property of this output: <c>loadBalancer.Output&lt;object&gt;("subnetMappings").Get&lt;string&gt;("[0].subnetId")</c>.</summary>
    public Output<TProperty> Get<TProperty>(string path) =>
        Expression is ResourceReference reference
            ? new Output<TProperty>(reference.Then(path))
            : throw new InvalidOperationException("only resource outputs have properties");
}
