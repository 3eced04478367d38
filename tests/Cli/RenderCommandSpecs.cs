using Kaws.Tests.Support;

namespace Kaws.Tests.Cli;

public sealed class RenderCommandSpecs : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kaws-render-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Render_writes_the_six_boot_documents_of_a_stack()
    {
        var target = Path.Combine(directory, "out");

        var result = KawsRun.Invoke(["render", "prod", "--out", target]);

        Assert.Equal(0, result.ExitCode);
        var files = Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(target, file)).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["master/audit-policy.yaml", "master/cloud-init.yaml", "master/encryption-config.yaml", "master/kubeadm-config.yaml", "node/cloud-init.yaml", "node/kubeadm-config.yaml"],
            files);
        Assert.Contains("kaws-prod", File.ReadAllText(Path.Combine(target, "master", "cloud-init.yaml")));
    }

    [Fact]
    public void Render_with_bad_config_writes_nothing()
    {
        var target = Path.Combine(directory, "out");

        var result = KawsRun.Invoke(["render", "nope", "--out", target]);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(target));
        Assert.StartsWith("kaws: error: Pulumi.nope.yaml", result.Error);
    }

    [Fact]
    public void Render_needs_an_output_directory()
    {
        var result = KawsRun.Invoke(["render", "dev"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }
}
