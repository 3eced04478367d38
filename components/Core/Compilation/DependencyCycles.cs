namespace Kaws.Core;

/// <summary>Finds dependency cycles; the engine could never order their creation.</summary>
internal static class DependencyCycles
{
    public static IEnumerable<CompileError> Find(
        IReadOnlyList<CompiledResource> resources,
        Func<CompiledResource, IEnumerable<CustomResource>> dependencies)
    {
        var bySource = resources.ToDictionary(resource => resource.Source);
        var state = new Dictionary<CustomResource, bool>(); // false: on the current path, true: done
        var errors = new List<CompileError>();
        var path = new Stack<CustomResource>();

        // Iterative depth-first search, so a long chain of resources cannot overflow the stack.
        foreach (var start in resources)
        {
            if (state.ContainsKey(start.Source))
            {
                continue;
            }

            var frames = new Stack<(CustomResource Node, IEnumerator<CustomResource> Next)>();
            frames.Push((start.Source, dependencies(start).GetEnumerator()));
            state[start.Source] = false;
            path.Push(start.Source);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Peek();
                if (next.MoveNext())
                {
                    var target = next.Current;
                    if (!state.TryGetValue(target, out var done))
                    {
                        state[target] = false;
                        path.Push(target);
                        frames.Push((target, dependencies(bySource[target]).GetEnumerator()));
                    }
                    else if (!done)
                    {
                        errors.Add(new CompileError(node.PathText, $"depends on '{target.PathText}', which depends back on it (cycle: {Describe(path, target)})"));
                    }
                }
                else
                {
                    frames.Pop();
                    path.Pop();
                    state[node] = true;
                }
            }
        }

        return errors;
    }

    private static string Describe(Stack<CustomResource> path, CustomResource target)
    {
        var cycle = path.Reverse().SkipWhile(node => node != target).Select(node => node.PathText).ToList();
        cycle.Add(target.PathText);
        return string.Join(" -> ", cycle);
    }
}
