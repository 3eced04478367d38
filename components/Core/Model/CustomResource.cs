namespace Kaws.Core;

/// <summary>A provider resource in the program: type token, typed inputs and options.</summary>
public abstract class CustomResource : Construct
{
    protected CustomResource(Construct scope, string id, string type, Args args, ResourceOptions? options)
        : base(scope, id)
    {
        Type = type;
        Args = args;
        Options = options ?? ResourceOptions.None;
    }

    public string Type { get; }

    public Args Args { get; }

    public ResourceOptions Options { get; }

    /// <summary>The package that serves this resource: "aws" for "aws:ec2/vpc:Vpc", "kubernetes" for "pulumi:providers:kubernetes".</summary>
    public string Package => Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)
        ? Type["pulumi:providers:".Length..]
        : Type[..Type.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>The whole resource, <c>${name}</c>: what <c>dependsOn</c> and <c>provider</c> take.</summary>
    public ResourceReference Reference => new(this);

    protected Output<T> Output<T>(string property) => new(new ResourceReference(this, property));

    /// <summary>Any output by property path, for properties the generated class does not name.</summary>
    public Output<T> GetOutput<T>(string path) => new(new ResourceReference(this, path));
}
