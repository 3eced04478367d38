using Kaws.Kubernetes.Boot;
using Kaws.Tests.Kubernetes.Boot;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Operations;

/// <summary>What masters boot with for day-2 operations: the key refresh and backup scripts and their systemd timers.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class MasterDayTwoBootSpecs : IDisposable
{
    private static readonly KubernetesBootSettings Rotating = BootFixtures.Development with { EncryptionKeyGenerations = [4, 3] };

    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-day-two-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static IReadOnlyList<YamlNode> Files(KubernetesBootSettings settings) =>
        List(Single(CloudInitBuilder.Render(settings, BootRole.Master)), "write_files");

    private static string Content(KubernetesBootSettings settings, string path) =>
        Text(Files(settings).Single(file => Text(file, "path") == path), "content");

    [Fact]
    public void A_master_mid_rotation_passes_the_cloud_init_schema_and_shellcheck()
    {
        var userData = Path.Combine(scratch, "user-data.yaml");
        File.WriteAllText(userData, CloudInitBuilder.Render(Rotating, BootRole.Master));

        var (schemaExit, schemaOutput) = ExternalJudge.Run("cloud-init", "cloud-init", "schema", "--config-file", userData);

        Assert.True(schemaExit == 0, schemaOutput);
        foreach (var path in new[] { BootFilePaths.EncryptionKeysScript, BootFilePaths.EtcdBackupScript, BootFilePaths.BootScript })
        {
            var script = Path.Combine(scratch, Path.GetFileName(path));
            File.WriteAllText(script, Content(Rotating, path));
            var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--shell=bash", "--severity=style", script);
            Assert.True(exitCode == 0, $"shellcheck found problems in {path}:\n{output}");
        }
    }

    [Fact]
    public void The_boot_time_encryption_config_lists_the_rotation_keys_in_order()
    {
        var config = Single(Content(Rotating, BootFilePaths.EncryptionConfig));
        var keys = List(List(Assert.Single(List(config, "resources")), "providers")[0], "secretbox", "keys");

        Assert.Equal(["kaws-gen-4", "kaws-gen-3"], keys.Select(key => Text(key, "name")));
        Assert.Equal([BootPlaceholders.EncryptionKeyOf(4), BootPlaceholders.EncryptionKeyOf(3)], keys.Select(key => Text(key, "secret")));
    }

    [Fact]
    public void Backups_run_hourly_and_daily_from_systemd_timers_that_boot_enables_after_the_join()
    {
        var hourly = Content(BootFixtures.Development, $"{BootFilePaths.SystemdUnitDirectory}/{EtcdBackupScript.HourlyTimer}");
        var daily = Content(BootFixtures.Development, $"{BootFilePaths.SystemdUnitDirectory}/{EtcdBackupScript.DailyTimer}");
        var service = Content(BootFixtures.Development, $"{BootFilePaths.SystemdUnitDirectory}/{EtcdBackupScript.ServiceTemplate}");
        var boot = Content(BootFixtures.Development, BootFilePaths.BootScript);

        Assert.Contains("OnCalendar=*-*-* *:00:00 UTC\n", hourly, StringComparison.Ordinal);
        Assert.Contains("Unit=kaws-etcd-backup@hourly.service\n", hourly, StringComparison.Ordinal);
        Assert.Contains("Persistent=true\n", hourly, StringComparison.Ordinal);
        Assert.Contains("OnCalendar=*-*-* 00:30:00 UTC\n", daily, StringComparison.Ordinal);
        Assert.Contains("Unit=kaws-etcd-backup@daily.service\n", daily, StringComparison.Ordinal);
        Assert.Contains($"ExecStart={BootFilePaths.EtcdBackupScript} %i\n", service, StringComparison.Ordinal);
        Assert.True(boot.IndexOf("systemctl enable --now kaws-encryption-keys.timer kaws-etcd-backup-hourly.timer kaws-etcd-backup-daily.timer", StringComparison.Ordinal)
            > boot.IndexOf("kubeadm join --config", StringComparison.Ordinal));
        Assert.All(Files(BootFixtures.Development).Where(file => Text(file, "path").StartsWith(BootFilePaths.SystemdUnitDirectory, StringComparison.Ordinal)),
            file => Assert.Equal("0644", Text(file, "permissions")));
    }

    /// <summary>Writes the master's units and scripts to scratch (ExecStart pointed there) and runs systemd-analyze verify.</summary>
    private (int ExitCode, string Output) VerifyUnits(Func<string, string>? edit = null)
    {
        var units = new List<string>();
        foreach (var file in Files(BootFixtures.Development))
        {
            var path = Text(file, "path");
            var target = Path.Combine(scratch, Path.GetFileName(path));
            if (path.StartsWith("/usr/local/sbin/", StringComparison.Ordinal))
            {
                File.WriteAllText(target, Text(file, "content"));
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            else if (path.StartsWith(BootFilePaths.SystemdUnitDirectory, StringComparison.Ordinal))
            {
                var content = Text(file, "content").Replace("/usr/local/sbin/", scratch + "/", StringComparison.Ordinal);
                File.WriteAllText(target, edit is null ? content : edit(content));
                units.Add(target);
            }
        }

        Assert.Equal(5, units.Count);
        return ExternalJudge.Run("systemd-analyze", "systemd", ["verify", "--man=no", .. units]);
    }

    [Fact]
    public void The_systemd_units_pass_systemd_analyze_verify()
    {
        var (exitCode, output) = VerifyUnits();

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Systemd_analyze_is_a_real_judge()
    {
        var (exitCode, output) = VerifyUnits(content => content.Replace("OnCalendar=*-*-* 00:30:00 UTC", "OnCalendar=every blue moon", StringComparison.Ordinal));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("every blue moon", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Masters_refresh_the_keys_on_a_timer_and_before_kubeadm_but_kms_masters_have_no_local_keys()
    {
        var boot = Content(BootFixtures.Development, BootFilePaths.BootScript);
        var timer = Content(BootFixtures.Development, $"{BootFilePaths.SystemdUnitDirectory}/{EncryptionKeysScript.TimerName}");
        var kmsPaths = Files(BootFixtures.Production).Select(file => Text(file, "path")).ToList();

        Assert.True(boot.IndexOf($"  {BootFilePaths.EncryptionKeysScript}\n", StringComparison.Ordinal) < boot.IndexOf("kubeadm init --config", StringComparison.Ordinal));
        Assert.Contains("OnUnitActiveSec=5min\n", timer, StringComparison.Ordinal);
        Assert.DoesNotContain(BootFilePaths.EncryptionKeysScript, kmsPaths);
        Assert.Contains(BootFilePaths.EtcdBackupScript, kmsPaths);
        Assert.DoesNotContain(EncryptionKeysScript.TimerName, Content(BootFixtures.Production, BootFilePaths.BootScript), StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_server_sees_a_refreshed_file_and_reloads_it_by_itself()
    {
        var cluster = OfKind(KubeadmConfigBuilder.RenderMaster(BootFixtures.Development), "ClusterConfiguration");
        var arguments = Args(cluster, "apiServer", "extraArgs");
        var mount = List(cluster, "apiServer", "extraVolumes").Single(volume => Text(volume, "name") == "kaws-config");

        Assert.Equal("true", arguments["encryption-provider-config-automatic-reload"]);
        Assert.Equal(BootFilePaths.EncryptionConfig, arguments["encryption-provider-config"]);
        // The script renames a new file into place: only a directory mount shows the new inode inside the pod.
        Assert.Equal(Path.GetDirectoryName(BootFilePaths.EncryptionConfig), Text(mount, "hostPath"));
        Assert.Equal("DirectoryOrCreate", Text(mount, "pathType"));
    }

    [Fact]
    public void No_node_gets_the_day_two_scripts()
    {
        var paths = List(Single(CloudInitBuilder.Render(BootFixtures.Development, BootRole.Node)), "write_files").Select(file => Text(file, "path")).ToList();

        Assert.DoesNotContain(BootFilePaths.EtcdBackupScript, paths);
        Assert.DoesNotContain(BootFilePaths.EncryptionKeysScript, paths);
        Assert.DoesNotContain(paths, path => path.StartsWith(BootFilePaths.SystemdUnitDirectory, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 3, 3 })]
    [InlineData(new[] { 1, 2, 3 })]
    [InlineData(new[] { 0 })]
    public void Impossible_key_generations_are_refused(int[] generations)
    {
        var problems = (BootFixtures.Development with { EncryptionKeyGenerations = generations }).Validate();

        Assert.Equal([$"encryptionKeyRotation: key generations [{string.Join(", ", generations)}] must be one or two distinct generations from 1 up"], problems);
    }
}
