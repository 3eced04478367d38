using System.Diagnostics;
using Kaws.Policies;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Policies;

/// <summary>The files the engine and people read: PulumiPolicy.yaml, the launcher script, docs/policies.md.</summary>
public sealed class PolicyPackFileSpecs
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void The_pack_file_names_the_kaws_runtime_and_the_packs_version()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "policies", "PulumiPolicy.yaml"))));
        var pack = (YamlMappingNode)stream.Documents.Single().RootNode;

        Assert.Equal("kaws", ((YamlScalarNode)pack["runtime"]).Value);
        Assert.Equal(KawsPolicyPack.Version, ((YamlScalarNode)pack["version"]).Value);
        Assert.False(string.IsNullOrWhiteSpace(((YamlScalarNode)pack["description"]).Value));
    }

    [Fact]
    public void The_launcher_is_executable_and_shellcheck_clean()
    {
        var launcher = Path.Combine(Root, "policies", "pulumi-analyzer-policy-kaws");
        if (OperatingSystem.IsWindows())
        {
            Assert.Fail("the launcher is a bash script for Linux and macOS");
            return;
        }

        Assert.True(File.GetUnixFileMode(launcher).HasFlag(UnixFileMode.UserExecute), "policies/pulumi-analyzer-policy-kaws must be executable");
        var (exit, output) = Judge("shellcheck", launcher);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void The_policy_docs_list_every_rule_with_its_default_level()
    {
        var docs = File.ReadAllLines(Path.Combine(Root, "docs", "policies.md"));

        Assert.All(KawsPolicyPack.Rules, rule => Assert.Contains(docs, line =>
            line.StartsWith($"| `{rule.Name}` | {EnforcementLevels.Name(rule.DefaultLevel)} |", StringComparison.Ordinal)));
    }

    private static (int Exit, string Output) Judge(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{tool} is needed to judge this test and is not installed (tests/run installs it)");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
    }
}
