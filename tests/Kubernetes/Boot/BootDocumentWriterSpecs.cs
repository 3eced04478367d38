using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

public sealed class BootDocumentWriterSpecs : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("kaws-render-").FullName;
    private readonly BootDocuments documents = BootDocumentBuilder.Build(BootFixtures.Development);

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private string Target => Path.Combine(parent, "out");

    private IReadOnlyList<string> Written(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void It_writes_exactly_the_six_documents_and_nothing_beside_them()
    {
        BootDocumentWriter.WriteAll(documents, Target);

        Assert.Equal(
            ["master/audit-policy.yaml", "master/cloud-init.yaml", "master/encryption-config.yaml", "master/kubeadm-config.yaml", "node/cloud-init.yaml", "node/kubeadm-config.yaml"],
            Written(Target));
        foreach (var (relative, text) in documents.Files)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(Target, relative)));
        }

        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_halfway_leaves_nothing_behind()
    {
        var written = 0;
        void FailOnFourth(string path, string text)
        {
            if (++written == 4)
            {
                throw new IOException("disk full");
            }

            File.WriteAllText(path, text);
        }

        var error = Assert.Throws<IOException>(() => BootDocumentWriter.WriteAll(documents, Target, FailOnFourth));

        Assert.Equal($"{Target}: could not write the boot documents (disk full); nothing was changed", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public void A_failure_while_replacing_an_earlier_render_keeps_the_earlier_render()
    {
        BootDocumentWriter.WriteAll(documents, Target);
        var changed = BootDocumentBuilder.Build(BootFixtures.Development with { ClusterDomain = "kaws.internal" });

        Assert.Throws<IOException>(() => BootDocumentWriter.WriteAll(changed, Target, (_, _) => throw new IOException("read-only")));

        Assert.Equal(documents.MasterKubeadmConfig, File.ReadAllText(Path.Combine(Target, "master/kubeadm-config.yaml")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Rendering_again_replaces_the_earlier_render()
    {
        BootDocumentWriter.WriteAll(documents, Target);
        var changed = BootDocumentBuilder.Build(BootFixtures.Development with { ClusterDomain = "kaws.internal" });

        BootDocumentWriter.WriteAll(changed, Target);

        Assert.Equal(changed.MasterKubeadmConfig, File.ReadAllText(Path.Combine(Target, "master/kubeadm-config.yaml")));
        Assert.Equal(6, Written(Target).Count);
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void It_refuses_to_replace_a_directory_with_other_files()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        var error = Assert.Throws<IOException>(() => BootDocumentWriter.WriteAll(documents, Target));

        Assert.Equal($"{Target}: refusing to replace a directory that holds files other than an earlier kaws render", error.Message);
        Assert.Equal(["notes.txt"], Written(Target));
    }

    [Fact]
    public void A_missing_parent_directory_is_reported()
    {
        var target = Path.Combine(parent, "missing", "out");

        var error = Assert.Throws<IOException>(() => BootDocumentWriter.WriteAll(documents, target));

        Assert.Equal($"{target}: the parent directory {Path.Combine(parent, "missing")} does not exist", error.Message);
    }
}
