namespace Kaws.Core;

/// <summary>
/// <c>fn::invoke</c> of a provider function (a data source). The emitter adds the pinned provider
/// version so the plugin-discovery run and the stack run name the same plugins.
/// </summary>
public sealed record Invoke(string Function, MapValue Arguments, string? Return) : Value
{
    public override IEnumerable<Value> Children => [Arguments];

    /// <summary>The package that serves the function: "aws" for "aws:ec2/getAmi:getAmi".</summary>
    public string Package => Function[..Function.IndexOf(':', StringComparison.Ordinal)];
}
