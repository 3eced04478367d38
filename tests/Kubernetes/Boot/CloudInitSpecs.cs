using Kaws.Kubernetes.Boot;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

public sealed class CloudInitSpecs : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-cloud-init-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static IEnumerable<object[]> Variants() =>
        from cluster in new[] { "Development", "Production" }
        from role in new[] { BootRole.Master, BootRole.Node }
        select new object[] { cluster, role };

    private static string UserData(string cluster, BootRole role)
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Named(cluster));
        return role == BootRole.Master ? documents.MasterCloudInit : documents.NodeCloudInit;
    }

    private static IReadOnlyList<YamlNode> WriteFiles(string userData) => List(Single(userData), "write_files");

    private static string Content(string userData, string path) =>
        Text(WriteFiles(userData).Single(file => Text(file, "path") == path), "content");

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_user_data_passes_the_cloud_init_schema(string cluster, BootRole role)
    {
        var file = Path.Combine(scratch, "user-data.yaml");
        File.WriteAllText(file, UserData(cluster, role));

        var (exitCode, output) = ExternalJudge.Run("cloud-init", "cloud-init", "schema", "--config-file", file);

        Assert.True(exitCode == 0, $"cloud-init schema rejected the {cluster} {role} user data:\n{output}");
        Assert.Contains("Valid cloud-config", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cloud_init_judge_rejects_a_broken_document()
    {
        var file = Path.Combine(scratch, "broken.yaml");
        File.WriteAllText(file, "#cloud-config\nwrite_files: not-a-list\nruncmd: 7\n");

        var (exitCode, _) = ExternalJudge.Run("cloud-init", "cloud-init", "schema", "--config-file", file);

        Assert.NotEqual(0, exitCode);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_shell_script_in_the_user_data_passes_shellcheck(string cluster, BootRole role)
    {
        var scripts = WriteFiles(UserData(cluster, role))
            .Where(file => Text(file, "content").StartsWith("#!/bin/bash\n", StringComparison.Ordinal))
            .ToList();
        var expected = role == BootRole.Node
            ? new[] { BootFilePaths.BootScript, BootFilePaths.InstallScript }
            : cluster == "Production"
                ? new[] { BootFilePaths.BootScript, BootFilePaths.EtcdBackupScript, BootFilePaths.InstallScript }
                : new[] { BootFilePaths.BootScript, BootFilePaths.EncryptionKeysScript, BootFilePaths.EtcdBackupScript, BootFilePaths.InstallScript };
        Assert.Equal(expected, scripts.Select(script => Text(script, "path")).Order(StringComparer.Ordinal));

        foreach (var script in scripts)
        {
            var file = Path.Combine(scratch, Path.GetFileName(Text(script, "path")) + ".sh");
            File.WriteAllText(file, Text(script, "content"));

            var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--shell=bash", "--severity=style", file);

            Assert.True(exitCode == 0, $"shellcheck found problems in {Text(script, "path")} ({cluster} {role}):\n{output}");
            Assert.Contains("\nset -euo pipefail\n", Text(script, "content"), StringComparison.Ordinal);
            Assert.DoesNotContain("set -x", Text(script, "content"), StringComparison.Ordinal);
            Assert.Equal("0700", Text(script, "permissions"));
        }
    }

    [Fact]
    public void Shellcheck_is_a_real_judge()
    {
        var file = Path.Combine(scratch, "bad.sh");
        File.WriteAllText(file, "#!/bin/bash\nrm -rf $1/*\n");

        var (exitCode, _) = ExternalJudge.Run("shellcheck", "shellcheck", file);

        Assert.NotEqual(0, exitCode);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_user_data_is_a_cloud_config_that_installs_then_boots(string cluster, BootRole role)
    {
        var userData = UserData(cluster, role);

        Assert.StartsWith("#cloud-config\n", userData, StringComparison.Ordinal);
        Assert.Equal(["/usr/local/sbin/kaws-install && /usr/local/sbin/kaws-boot"], Texts(Single(userData), "runcmd"));
        Assert.All(WriteFiles(userData), file => Assert.Equal("root:root", Text(file, "owner")));
    }

    [Fact]
    public void A_master_gets_its_api_server_configs_and_a_node_gets_none()
    {
        var paths = WriteFiles(UserData("Development", BootRole.Master)).Select(file => Text(file, "path")).ToList();
        var nodePaths = WriteFiles(UserData("Development", BootRole.Node)).Select(file => Text(file, "path")).ToList();

        Assert.Subset(paths.ToHashSet(), new HashSet<string> { BootFilePaths.EncryptionConfig, BootFilePaths.AuditPolicy, BootFilePaths.AdmissionConfig, BootFilePaths.AuthenticationConfig, BootFilePaths.KubeadmConfigTemplate });
        Assert.DoesNotContain(BootFilePaths.KmsPluginManifest, paths);
        Assert.Contains(BootFilePaths.KmsPluginManifest, WriteFiles(UserData("Production", BootRole.Master)).Select(file => Text(file, "path")));
        Assert.DoesNotContain(nodePaths, path => path.StartsWith(BootFilePaths.ApiServerConfigDirectory, StringComparison.Ordinal));
        Assert.All(WriteFiles(UserData("Development", BootRole.Master)).Where(file => Text(file, "path").StartsWith("/etc/kubernetes/kaws/", StringComparison.Ordinal)),
            file => Assert.Equal("0600", Text(file, "permissions")));
    }

    [Fact]
    public void The_embedded_documents_are_the_rendered_ones()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development);

        Assert.Equal(documents.MasterKubeadmConfig, Content(documents.MasterCloudInit, BootFilePaths.KubeadmConfigTemplate));
        Assert.Equal(documents.MasterEncryptionConfig, Content(documents.MasterCloudInit, BootFilePaths.EncryptionConfig));
        Assert.Equal(documents.MasterAuditPolicy, Content(documents.MasterCloudInit, BootFilePaths.AuditPolicy));
        Assert.Equal(documents.NodeKubeadmConfig, Content(documents.NodeCloudInit, BootFilePaths.KubeadmConfigTemplate));
    }

    [Fact]
    public void Packages_come_from_pinned_versions_and_are_held()
    {
        var install = Content(UserData("Development", BootRole.Node), BootFilePaths.InstallScript);

        Assert.Contains("readonly K8S_PACKAGE_VERSION='1.37.1-1.1'", install, StringComparison.Ordinal);
        Assert.Contains("readonly CONTAINERD_VERSION='2.2.2-0ubuntu1.2'", install, StringComparison.Ordinal);
        Assert.Contains("readonly AWSCLI_VERSION='2.31.35-1'", install, StringComparison.Ordinal);
        Assert.Contains("readonly K8S_KEY_FINGERPRINT='DE15B14486CD377B9E876E1A234654DA9A296436'", install, StringComparison.Ordinal);
        Assert.Contains("\"kubelet=$K8S_PACKAGE_VERSION\" \"kubeadm=$K8S_PACKAGE_VERSION\"", install, StringComparison.Ordinal);
        Assert.Contains("apt-mark hold containerd awscli kubelet kubeadm", install, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_master_can_win_the_init_lock()
    {
        var boot = Content(UserData("Development", BootRole.Master), BootFilePaths.BootScript);
        var lockWrite = boot.Split('\n').Single(line => line.Contains("aws ssm put-parameter", StringComparison.Ordinal));

        Assert.Contains("--name \"$SSM_PREFIX/master/init-lock\"", lockWrite, StringComparison.Ordinal);
        Assert.DoesNotContain(boot.Split('\n'), line => !line.TrimStart().StartsWith('#') && line.Contains("--overwrite", StringComparison.Ordinal));
        Assert.Contains("*ParameterAlreadyExists*", boot, StringComparison.Ordinal);
        Assert.Contains("kubeadm init --config \"$RENDERED_CONFIG\" --skip-token-print", boot, StringComparison.Ordinal);
        Assert.Contains("kubeadm join --config \"$RENDERED_CONFIG\"", boot, StringComparison.Ordinal);
        Assert.Contains("readonly SSM_PREFIX='/kaws/demo'", boot, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_are_read_with_decryption_and_only_through_the_helpers()
    {
        var boot = Content(UserData("Development", BootRole.Master), BootFilePaths.BootScript);
        var reads = boot.Split('\n').Where(line => line.Contains("aws ssm get-parameter", StringComparison.Ordinal)).ToList();

        Assert.Equal(["  aws ssm get-parameter --name \"$1\" --with-decryption --query Parameter.Value --output text"], reads);
        Assert.DoesNotContain("echo", boot, StringComparison.Ordinal);
        Assert.DoesNotContain("sed ", boot, StringComparison.Ordinal);
        foreach (var file in SsmParameterLayout.MasterPkiFiles.Where(file => !file.StartsWith("apiserver.", StringComparison.Ordinal)))
        {
            Assert.Contains($"fetch_to_file \"$SSM_PREFIX/master/pki/{file}\"", boot, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_compressed_user_data_fits_the_ec2_limit_and_reads_back(string cluster, BootRole role)
    {
        var userData = UserData(cluster, role);

        var encoded = UserDataEncoding.Encode(userData);

        Assert.True(UserDataEncoding.RawSize(encoded) < CloudInitBuilder.UserDataLimitBytes, $"{UserDataEncoding.RawSize(encoded)} bytes");
        Assert.Equal(userData, UserDataEncoding.Decode(encoded));
        Assert.Equal(encoded, UserDataEncoding.Encode(userData));
    }
}
