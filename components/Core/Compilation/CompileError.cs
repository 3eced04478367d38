namespace Kaws.Core;

/// <summary>One mistake in the component tree, located by component path (and property, where there is one).</summary>
public sealed record CompileError(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
