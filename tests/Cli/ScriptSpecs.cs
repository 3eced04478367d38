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
    [InlineData("program/build-compiler")]
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
        Assert.Equal("program/publish: unknown mode 'fast' (expected auto, aot, jit or quick)\n", output);
    }

    [Fact]
    public void The_engine_wrapper_builds_quickly_upgrades_to_native_in_the_background_and_rebuilds_after_a_source_change()
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
            foreach (var script in new[] { "compile", "build-compiler" })
            {
                File.Copy(Path.Combine(RepositoryRoot.Find(), "program", script), Path.Combine(root, "program", script));
            }

            // A stand-in publish step: it logs its mode and puts in OUT a compiler that says which mode built it.
            Executable(Path.Combine(root, "program", "publish"), """
                #!/bin/sh
                echo "publish $3" >>"$(dirname "$0")/../publish.log"
                mode=$3
                [ "$mode" = auto ] && mode=aot
                mkdir -p "$2"
                printf '#!/bin/sh\necho "compiler %s: $*"\n' "$mode" >"$2/kaws"
                chmod +x "$2/kaws"
                echo "$mode" >"$2/.mode"
                """);
            var wrapper = Path.Combine(root, "program", "compile");
            var program = Path.Combine(root, "program");
            var log = Path.Combine(root, "publish.log");

            var first = RunWrapper(wrapper, program, rootVariable: null);
            WaitForUpgrade(root, publishes: 2);
            var second = RunWrapper(wrapper, program, rootVariable: null);
            var publishesBeforeEdit = File.ReadAllLines(log);

            // A source saved after the build in use.
            File.SetLastWriteTimeUtc(Path.Combine(root, ".kaws", "compiler", ".built"), DateTime.UtcNow.AddHours(-1));
            File.WriteAllText(Path.Combine(root, "infra", "Program.cs"), "// edited\n");
            var afterEdit = RunWrapper(wrapper, "/", rootVariable: root);
            WaitForUpgrade(root, publishes: 4);
            var requested = RunWrapper(wrapper, program, rootVariable: null, publishMode: "jit");

            Assert.Equal((0, "compiler quick: compile --stack dev\n"), (first.ExitCode, first.Stdout));
            Assert.Contains("building the compiler", first.Stderr);
            Assert.Equal((0, "compiler aot: compile --stack dev\n", ""), (second.ExitCode, second.Stdout, second.Stderr));
            Assert.Equal(["publish quick", "publish auto"], publishesBeforeEdit);
            Assert.Equal((0, "compiler quick: compile --stack dev\n"), (afterEdit.ExitCode, afterEdit.Stdout));
            Assert.Equal((0, "compiler jit: compile --stack dev\n"), (requested.ExitCode, requested.Stdout));
            Assert.Contains("building the compiler (jit)", requested.Stderr);
            Assert.Equal(["publish quick", "publish auto", "publish quick", "publish auto", "publish jit"], File.ReadAllLines(log));
            Assert.True(File.ResolveLinkTarget(Path.Combine(root, ".kaws", "compiler"), returnFinalTarget: false) is not null, ".kaws/compiler is a link to the build in use");
            Assert.Equal(2, Directory.GetDirectories(Path.Combine(root, ".kaws"), "compiler-*").Length);
            Assert.False(Directory.Exists(Path.Combine(root, ".kaws", "upgrade.lock")));
        }
        finally
        {
            WaitForUpgrade(root, publishes: 0);
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Waits until the publish step has run <paramref name="publishes"/> times and no background upgrade holds its lock.</summary>
    private static void WaitForUpgrade(string root, int publishes)
    {
        var log = Path.Combine(root, "publish.log");
        var lockDirectory = Path.Combine(root, ".kaws", "upgrade.lock");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((File.Exists(log) ? File.ReadAllLines(log).Length : 0) < publishes || Directory.Exists(lockDirectory))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the background upgrade did not finish within 30 s (publish step run {publishes} times expected)");
            Thread.Sleep(100);
        }
    }

    private static void Executable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunWrapper(string wrapper, string workingDirectory, string? rootVariable, string? publishMode = null)
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
        if (publishMode is not null)
        {
            start.Environment["KAWS_PUBLISH_MODE"] = publishMode;
        }

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
