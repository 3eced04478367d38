using BenchmarkDotNet.Attributes;
using Kaws.Infra.Cli;

namespace Kaws.Benchmarks;

/// <summary>
/// The verbs the engine and CI run, in process and warm: <c>kaws compile --stack dev|prod</c> and
/// <c>kaws plan prod</c> (compile, schema validation, policies, report). Start-up is bench.sh's job.
/// </summary>
[MemoryDiagnoser]
public class CliBenchmarks
{
    private readonly Dictionary<string, string> environment = new() { ["PULUMI_ROOT_DIRECTORY"] = Repository.Root };

    [Benchmark]
    public int CompileDev() => Run("compile", "--stack", "dev");

    [Benchmark]
    public int CompileProd() => Run("compile", "--stack", "prod");

    [Benchmark]
    public int PlanProd() => Run("plan", "prod");

    private int Run(params string[] args)
    {
        var output = new StringWriter();
        var context = new CliContext(output, TextWriter.Null, name => environment.GetValueOrDefault(name), Repository.Root);
        var exitCode = KawsCli.Run(args, context);
        return exitCode == 0 ? output.GetStringBuilder().Length : throw new InvalidOperationException($"kaws {string.Join(' ', args)} exited {exitCode}");
    }
}
