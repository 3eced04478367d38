using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The Pulumi resource options kaws uses. Unset options are left out of the program.</summary>
public sealed record ResourceOptions
{
    public static readonly ResourceOptions None = new();

    public ImmutableArray<CustomResource> DependsOn { get; init; } = [];

    public bool? Protect { get; init; }

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    public bool? DeleteBeforeReplace { get; init; }

    /// <summary>Outputs the engine must keep encrypted in state even though the schema does not mark them secret.</summary>
    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public ProviderResource? Provider { get; init; }

    public ImmutableArray<ProviderResource> Providers { get; init; } = [];

    public bool? RetainOnDelete { get; init; }

    public CustomTimeouts? CustomTimeouts { get; init; }

    /// <summary>The resources this one waits for through options (not through property references).</summary>
    public IEnumerable<CustomResource> OptionDependencies =>
        DependsOn.Concat(Providers).Concat(Provider is null ? [] : [Provider]);
}
