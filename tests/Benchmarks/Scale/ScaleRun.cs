using System.Diagnostics;
using Kaws.Core;
using Kaws.Policies;

namespace Kaws.Benchmarks.Scale;

/// <summary>One pass over a scaled cluster: what <c>kaws plan</c> does (compile, validate, policies) plus writing the program.</summary>
public static class ScaleRun
{
    /// <param name="Phases">Milliseconds per phase, in order: build, compile (with validation), write, policies.</param>
    public sealed record Result(int Resources, int Components, int ProgramBytes, bool PoliciesPassed, IReadOnlyList<(string Phase, double Milliseconds)> Phases);

    public static Result Run(int nodeGroups)
    {
        var phases = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        T Timed<T>(string phase, Func<T> work)
        {
            clock.Restart();
            var result = work();
            phases.Add((phase, clock.Elapsed.TotalMilliseconds));
            return result;
        }

        var config = ScaledCluster.Config(nodeGroups);
        var stack = Timed("build", () => ScaledCluster.Build(config));
        var program = Timed("compile", () => ProgramCompiler.Compile(stack, SchemaCatalog.Default));
        var text = Timed("write", () => ProgramWriter.Write(program));
        var policies = Timed("policies", () => PolicyEngine.Evaluate(program, new Dictionary<string, string> { ["aws:region"] = config.Region }));
        return new Result(program.Resources.Length, program.Components.Length, text.Length, policies.Passed, phases);
    }
}
