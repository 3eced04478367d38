using System.Text.RegularExpressions;

namespace Kaws.Core;

/// <summary>
/// A node of the component tree. Its <see cref="Name"/> is a pure function of its path, so a
/// resource keeps its name (and is not replaced in AWS) when siblings are added or removed.
/// </summary>
public abstract partial class Construct
{
    private readonly List<Construct> children = [];

    /// <summary>The root of a tree: the stack.</summary>
    protected Construct()
    {
        LocalName = "";
        LogicalName = "";
    }

    protected Construct(Construct scope, string id)
    {
        if (!IdShape().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not a valid id under '{scope.PathText}': use lower-case letters, digits and '-'", nameof(id));
        }

        if (scope.frozen)
        {
            throw new InvalidOperationException($"cannot add '{id}' under '{scope.PathText}': the tree is frozen for compilation");
        }

        if (scope.children.Exists(sibling => sibling.LocalName == id))
        {
            throw new ArgumentException($"'{scope.PathText}' already has a child '{id}'", nameof(id));
        }

        Parent = scope;
        LocalName = id;
        LogicalName = scope.LogicalName.Length == 0 ? id : $"{scope.LogicalName}-{id}";
        scope.children.Add(this);
    }

    /// <summary>The id given under the parent (unique among siblings).</summary>
    public string LocalName { get; }

    public Construct? Parent { get; }

    /// <summary>The Pulumi logical name: the ids on the path joined with '-', e.g. <c>network-private-az0</c>.</summary>
    public string LogicalName { get; }

    public IReadOnlyList<Construct> Children => children;

    /// <summary>The path for messages: <c>network/vpc</c>.</summary>
    public string PathText => Parent is null ? "(stack)" : Parent.Parent is null ? LocalName : $"{Parent.PathText}/{LocalName}";

    private bool frozen;

    /// <summary>Every construct below this one, depth first, in creation order.</summary>
    public IEnumerable<Construct> Descendants()
    {
        foreach (var child in children)
        {
            yield return child;
            foreach (var below in child.Descendants())
            {
                yield return below;
            }
        }
    }

    internal void FreezeTree()
    {
        frozen = true;
        foreach (var child in children)
        {
            child.FreezeTree();
        }
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex IdShape();
}
