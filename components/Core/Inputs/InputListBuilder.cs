namespace Kaws.Core;

/// <summary>Lets collection expressions build lists: <c>SubnetIds = [a.Id, b.Id]</c>.</summary>
public static class InputList
{
    public static InputList<T> Create<T>(ReadOnlySpan<Input<T>> items) => new([.. items], null);
}
