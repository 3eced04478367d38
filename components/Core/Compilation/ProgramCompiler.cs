using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>
/// Compiles a component tree in fixed phases: freeze the tree, evaluate inputs, check names and
/// references, check for dependency cycles, validate against the provider schemas.
/// </summary>
public static class ProgramCompiler
{
    public static CompiledProgram Compile(Stack stack, SchemaCatalog schemas)
    {
        stack.Freeze();
        var errors = ImmutableArray.CreateBuilder<CompileError>();

        var resources = stack.Resources.ToList();
        var byName = new Dictionary<string, CustomResource>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (!byName.TryAdd(resource.LogicalName, resource))
            {
                errors.Add(new CompileError(resource.PathText, $"its name '{resource.LogicalName}' is also the name of {byName[resource.LogicalName].PathText}"));
            }
        }

        var compiled = resources
            .Select(resource => new CompiledResource(
                resource.LogicalName,
                resource.Type,
                resource.Package,
                resource.Args.ToValue(),
                resource.Options,
                [.. Ancestors(resource).OfType<ComponentResource>()],
                resource))
            .OrderBy(resource => resource.Name, StringComparer.Ordinal)
            .ToImmutableArray();

        var members = resources.ToHashSet();
        // Each resource's dependencies, walked out of its inputs once: both checks below need them.
        var dependencies = compiled.ToDictionary(resource => resource.Source, resource => DirectDependencies(resource).ToArray());
        foreach (var resource in compiled)
        {
            foreach (var target in dependencies[resource.Source].Where(target => !members.Contains(target)))
            {
                errors.Add(new CompileError(resource.Path, $"references '{target.PathText}', which is not in the program"));
            }
        }

        foreach (var (name, value) in stack.Outputs)
        {
            foreach (var target in References(value).Where(target => !members.Contains(target)))
            {
                errors.Add(new CompileError($"output {name}", $"references '{target.PathText}', which is not in the program"));
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(DependencyCycles.Find(compiled, resource => dependencies[resource.Source]));
            errors.AddRange(SchemaValidator.Validate(compiled, schemas));
        }

        if (errors.Count > 0)
        {
            throw new CompilationException(errors.ToImmutable());
        }

        return new CompiledProgram(
            stack.StackName,
            compiled,
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, stack.Outputs),
            stack.Components,
            schemas);
    }

    /// <summary>The resources a resource waits for: those its inputs reference and those its options name.</summary>
    public static IEnumerable<CustomResource> DirectDependencies(CompiledResource resource) =>
        References(resource.Properties).Concat(resource.Options.OptionDependencies).Distinct();

    private static IEnumerable<CustomResource> References(Value value) =>
        value.DescendantsAndSelf().OfType<ResourceReference>().Select(reference => reference.Target);

    private static IEnumerable<Construct> Ancestors(Construct construct)
    {
        var chain = new List<Construct>();
        for (var current = construct.Parent; current is not null; current = current.Parent)
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }
}
