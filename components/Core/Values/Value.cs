namespace Kaws.Core;

/// <summary>
/// A node of the expression tree that becomes one value in the Pulumi YAML program.
/// References are typed objects resolved once at emit time, never strings that happen to contain "${".
/// </summary>
public abstract record Value
{
    public static implicit operator Value(string text) => new StringLiteral(text);
    public static implicit operator Value(bool flag) => BoolLiteral.Of(flag);
    public static implicit operator Value(int number) => new IntegerLiteral(number);
    public static implicit operator Value(long number) => new IntegerLiteral(number);
    public static implicit operator Value(double number) => new NumberLiteral(number);

    /// <summary>The direct children of this node, for walks that look for references.</summary>
    public virtual IEnumerable<Value> Children => [];

    /// <summary>Every node of this tree, this one first.</summary>
    public IEnumerable<Value> DescendantsAndSelf()
    {
        var pending = new Stack<Value>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }
    }
}
