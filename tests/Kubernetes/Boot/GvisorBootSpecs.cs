using Kaws.Infra.Cli;
using Kaws.Infra.Cluster;
using Kaws.Kubernetes.Boot;
using Kaws.Tests.Aws;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

/// <summary>A sandbox node group installs runsc and registers it with containerd; nothing else does.</summary>
public sealed class GvisorBootSpecs : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-gvisor-").FullName;

    private static readonly KubernetesBootSettings Sandbox = BootFixtures.Development with { Gvisor = new GvisorSettings() };

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Content(string userData, string path) =>
        Text(List(Single(userData), "write_files").Single(file => Text(file, "path") == path), "content");

    [Fact]
    public void A_sandbox_node_installs_the_pinned_runsc_after_checking_its_checksums()
    {
        var install = Content(CloudInitBuilder.Render(Sandbox, BootRole.Node), BootFilePaths.InstallScript);

        Assert.Contains($"readonly GVISOR_URL='https://storage.googleapis.com/gvisor/releases/release/{GvisorSettings.DefaultRelease}'", install, StringComparison.Ordinal);
        var check = install.IndexOf("sha512sum --check --strict runsc.sha512 containerd-shim-runsc-v1.sha512", StringComparison.Ordinal);
        var copy = install.IndexOf("install -m 0755 \"$gvisor_dir/runsc\" \"$gvisor_dir/containerd-shim-runsc-v1\" /usr/local/bin/", StringComparison.Ordinal);
        var restart = install.IndexOf("systemctl restart containerd", StringComparison.Ordinal);
        Assert.True(check > 0 && copy > check && restart > copy, "checksums are checked, then the binaries installed, then containerd restarted");
    }

    [Fact]
    public void A_sandbox_node_registers_the_runsc_runtime_with_containerd()
    {
        var containerd = Content(CloudInitBuilder.Render(Sandbox, BootRole.Node), BootFilePaths.ContainerdConfig);

        Assert.Contains("[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runsc]\n  runtime_type = 'io.containerd.runsc.v1'", containerd, StringComparison.Ordinal);
        Assert.Contains("[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]", containerd, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BootRole.Master)]
    [InlineData(BootRole.Node)]
    public void Without_a_sandbox_there_is_no_runsc_and_masters_never_get_one(BootRole role)
    {
        var settings = role == BootRole.Master ? Sandbox : BootFixtures.Development;
        var userData = CloudInitBuilder.Render(settings, role);

        Assert.DoesNotContain("runsc", Content(userData, BootFilePaths.InstallScript), StringComparison.Ordinal);
        Assert.DoesNotContain("runsc", Content(userData, BootFilePaths.ContainerdConfig), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_user_data_passes_cloud_init_schema_and_shellcheck()
    {
        var userData = CloudInitBuilder.Render(Sandbox, BootRole.Node);
        var document = Path.Combine(scratch, "user-data.yaml");
        File.WriteAllText(document, userData);
        var (schemaExit, schemaOutput) = ExternalJudge.Run("cloud-init", "cloud-init", "schema", "--config-file", document);
        Assert.True(schemaExit == 0, schemaOutput);

        var script = Path.Combine(scratch, "kaws-install.sh");
        File.WriteAllText(script, Content(userData, BootFilePaths.InstallScript));
        var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--shell=bash", "--severity=style", script);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Only_the_stack_s_sandbox_group_boots_with_gvisor()
    {
        var stack = AwsStacks.Compile("dev",
            ("kaws:gvisor", "true"),
            ("kaws:nodeGroups", """
                [{"name":"general","instanceType":"t3.large","min":1,"desired":1,"max":2},
                 {"name":"sandbox","instanceType":"t3.large","min":1,"desired":1,"max":2,
                  "labels":{"kaws.io/sandbox":"gvisor"},"taints":[{"key":"kaws.io/sandbox","value":"gvisor","effect":"NoSchedule"}]}]
                """));

        string UserDataOf(string group) => UserDataEncoding.Decode(stack.Named($"{group}-launch-template").Property("userData").Text()!);

        Assert.Contains("containerd-shim-runsc-v1", UserDataOf("nodes-sandbox"), StringComparison.Ordinal);
        Assert.DoesNotContain("runsc", UserDataOf("nodes-general"), StringComparison.Ordinal);
        Assert.DoesNotContain("runsc", UserDataOf("masters"), StringComparison.Ordinal);
        Assert.NotNull(BootSettingsFactory.ForNodeGroup(stack.Config, stack.Config.NodeGroups[1]).Gvisor);
    }
}
