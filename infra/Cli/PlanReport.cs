using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Policies;

namespace Kaws.Infra.Cli;

/// <summary>What <c>plan</c> found: the component tree with resource counts, validation, warnings and verdicts.</summary>
public sealed record PlanReport(
    string StackName,
    ImmutableArray<PlanComponent> Components,
    int ResourceCount,
    ImmutableSortedDictionary<string, string> Packages,
    ImmutableArray<string> ValidationErrors,
    ImmutableArray<string> Warnings,
    PolicyReport? Policies)
{
    /// <summary>Valid, and no mandatory policy violated.</summary>
    public bool Passed => ValidationErrors.IsEmpty && Policies is { Passed: true };

    /// <summary>Day-2 operations: rotation stage and backups (absent when the program did not compile).</summary>
    public OperationsStatus? Operations { get; init; }

    public static PlanReport From(CompiledStack compiled, IReadOnlyDictionary<string, string> stackConfig)
    {
        var program = compiled.Program;
        var components = program.Components
            .Select(component => new PlanComponent(
                component.PathText,
                component.Type,
                Depth(component),
                program.Resources.Count(resource => resource.Component == component),
                program.Resources.Count(resource => resource.Components.Contains(component))))
            .ToImmutableArray();
        var packages = program.Resources
            .Select(resource => resource.Package)
            .Distinct()
            .ToImmutableSortedDictionary(package => package, package => program.Schemas.VersionOf(package) ?? "?", StringComparer.Ordinal);
        return new PlanReport(program.StackName, components, program.Resources.Length, packages, [], ConfigWarnings.For(compiled.Config),
            PolicyEngine.Evaluate(program, stackConfig))
        {
            Operations = OperationsStatus.For(compiled.Config),
        };
    }

    public static PlanReport FromErrors(string stackName, ImmutableArray<CompileError> errors) =>
        new(stackName, [], 0, ImmutableSortedDictionary<string, string>.Empty, [.. errors.Select(error => error.ToString())], [], null);

    private static int Depth(Construct construct)
    {
        var depth = 0;
        for (var current = construct.Parent; current?.Parent is not null; current = current.Parent)
        {
            depth++;
        }

        return depth;
    }
}
