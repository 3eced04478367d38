using Kaws.Core;
using Kaws.Policies;

namespace Kaws.Benchmarks.Scale;

/// <summary>One pass over a scaled cluster: what <c>kaws plan</c> does (compile, validate, policies) plus writing the program.</summary>
public static class ScaleRun
{
    public sealed record Result(int Resources, int Components, int ProgramBytes, bool PoliciesPassed);

    public static Result Run(int nodeGroups, bool synthetic)
    {
        var config = ScaledCluster.Config(nodeGroups);
        var program = ProgramCompiler.Compile(ScaledCluster.Build(config, synthetic), SchemaCatalog.Default);
        var text = ProgramWriter.Write(program);
        var policies = PolicyEngine.Evaluate(program, new Dictionary<string, string> { ["aws:region"] = config.Region });
        return new Result(program.Resources.Length, program.Components.Length, text.Length, policies.Passed);
    }
}
