using System.Diagnostics;
using Kaws.Tests.Kubernetes.Boot;
using Kaws.Tests.Support;

namespace Kaws.Tests.Cli;

/// <summary>The scripts around the compiler: the engine's wrapper, its publish step and the bench script.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
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

    [Fact]
    public void The_engine_wrapper_builds_once_then_runs_the_compiler_until_a_source_changes()
    {
        var root = Directory.CreateTempSubdirectory("kaws-wrapper-").FullName;
        try
        {
            foreach (var directory in new[] { "infra", "components", "policies", "program" })
            {
                Directory.CreateDirectory(Path.Combine(root, directory));
            }

            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(root, "infra", "Program.cs"), "// source\n");
            var wrapper = Path.Combine(root, "program", "compile");
            File.Copy(Path.Combine(RepositoryRoot.Find(), "program", "compile"), wrapper);
            // A stand-in publish step: it logs its call and puts a compiler that echoes its arguments in OUT.
            Executable(Path.Combine(root, "program", "publish"),
                "#!/bin/sh\necho \"publish $3\" >>\"$(dirname \"$0\")/../publish.log\"\nmkdir -p \"$2\"\nprintf '#!/bin/sh\\necho \"compiler: $*\"\\n' >\"$2/kaws\"\nchmod +x \"$2/kaws\"\n");
            var log = Path.Combine(root, "publish.log");

            var first = RunWrapper(wrapper, Path.Combine(root, "program"), rootVariable: null);
            var second = RunWrapper(wrapper, Path.Combine(root, "program"), rootVariable: null);
            var publishesBeforeEdit = File.ReadAllLines(log).Length;
            File.SetLastWriteTimeUtc(Path.Combine(root, "infra", "Program.cs"), DateTime.UtcNow.AddMinutes(1));
            var afterEdit = RunWrapper(wrapper, "/", rootVariable: root);

            Assert.Equal((0, "compiler: compile --stack dev\n"), (first.ExitCode, first.Stdout));
            Assert.Contains("building the compiler", first.Stderr);
            Assert.Equal((0, "compiler: compile --stack dev\n", ""), (second.ExitCode, second.Stdout, second.Stderr));
            Assert.Equal(1, publishesBeforeEdit);
            Assert.Equal((0, "compiler: compile --stack dev\n"), (afterEdit.ExitCode, afterEdit.Stdout));
            Assert.Equal(["publish auto", "publish auto"], File.ReadAllLines(log));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Executable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunWrapper(string wrapper, string workingDirectory, string? rootVariable)
    {
        var start = new ProcessStartInfo(wrapper)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--stack");
        start.ArgumentList.Add("dev");
        start.Environment.Remove("KAWS_PUBLISH_MODE");
        if (rootVariable is null)
        {
            start.Environment.Remove("PULUMI_ROOT_DIRECTORY");
        }
        else
        {
            start.Environment["PULUMI_ROOT_DIRECTORY"] = rootVariable;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "program/compile did not finish within 30 s");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
