using Kaws.Tests.Kubernetes.Boot;
using Kaws.Tests.Support;

namespace Kaws.Tests.Cli;

/// <summary>The scripts around the compiler: the engine's wrapper, its publish step and the bench script.</summary>
public sealed class ScriptSpecs
{
    [Theory]
    [InlineData("program/compile")]
    [InlineData("program/publish")]
    [InlineData("tests/Benchmarks/bench.sh")]
    public void A_script_passes_shellcheck(string script)
    {
        var path = Path.Combine(RepositoryRoot.Find(), script);

        var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--severity=style", path);

        Assert.True(exitCode == 0, $"shellcheck found problems in {script}:\n{output}");
    }

    [Fact]
    public void The_publish_step_refuses_an_unknown_mode_with_one_line()
    {
        var (exitCode, output) = ExternalJudge.Run("bash", "bash", Path.Combine(RepositoryRoot.Find(), "program/publish"), "infra/Kaws.Infra.csproj", Path.Combine(Path.GetTempPath(), "kaws-never-written"), "fast");

        Assert.Equal(2, exitCode);
        Assert.Equal("program/publish: unknown mode 'fast' (expected auto, aot or jit)\n", output);
    }
}
