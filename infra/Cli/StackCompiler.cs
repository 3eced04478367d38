using Kaws.Core;
using Kaws.Infra.Config;

namespace Kaws.Infra.Cli;

/// <summary>Config in, program out: bind, build the component tree, compile.</summary>
public static class StackCompiler
{
    public static CompiledStack Compile(RawStackConfig raw)
    {
        var config = StackConfigBinder.Bind(raw);
        var stack = Cluster.ClusterStack.Build(config);
        return new CompiledStack(config, ProgramCompiler.Compile(stack, SchemaCatalog.Default));
    }
}
