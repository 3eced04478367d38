using Kaws.Tests.Kubernetes.Boot;
using Kaws.Tests.Support;

namespace Kaws.Tests.Operations;

public sealed class BackupCommandSpecs : IDisposable
{
    private const string ProdSnapshot = "kaws-prod/etcd/daily/20261120T003012Z-i-0abc12345def67890.db";
    private const string DevSnapshot = "kaws-dev/etcd/hourly/20261122T130312Z-i-0123456789abcdef0.db";

    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-restore-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void Restore_commands_for_a_three_master_stack_match_their_golden_file()
    {
        var result = KawsRun.Invoke(["backup", "restore-commands", "prod", "--snapshot", ProdSnapshot]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        Golden.Verify("restore-commands.prod", result.Out, "txt");
    }

    [Fact]
    public void Every_master_restores_with_its_own_name_and_peer_url_and_the_whole_initial_cluster()
    {
        var output = KawsRun.Invoke(["backup", "restore-commands", "prod", "--snapshot", ProdSnapshot]).Out;
        var steps = output.Split("\n## ");

        Assert.Equal(6, steps.Length);
        Assert.Contains("aws s3 presign \"s3://$BUCKET/\"'" + ProdSnapshot + "' --expires-in 900", steps[1], StringComparison.Ordinal);
        Assert.Contains("BUCKET=\"$(pulumi stack output etcdBackupBucket --stack 'prod')\"", steps[1], StringComparison.Ordinal);
        Assert.Contains("mv /etc/kubernetes/manifests/*.yaml /etc/kubernetes/manifests-stopped/", steps[2], StringComparison.Ordinal);
        Assert.Contains("step 3 needs the entries of all 3 masters", steps[2], StringComparison.Ordinal);
        Assert.Contains("INITIAL_CLUSTER='<the 3 entries printed in step 2, joined with commas; the same on every master>'", steps[3], StringComparison.Ordinal);
        Assert.Contains("etcdutl snapshot restore /var/lib/kaws-restore/snapshot.db", steps[3], StringComparison.Ordinal);
        Assert.Contains("--name \"$ETCD_NAME\" --initial-cluster \"$INITIAL_CLUSTER\" --initial-advertise-peer-urls \"$PEER_URL\"", steps[3], StringComparison.Ordinal);
        Assert.Contains("--initial-cluster-token 'kaws-restore-20261120T003012Z'", steps[3], StringComparison.Ordinal);
        Assert.Contains("--bump-revision 1000000000 --mark-compacted", steps[3], StringComparison.Ordinal);
        Assert.Contains("mv /var/lib/kaws-restore/etcd /var/lib/etcd", steps[4], StringComparison.Ordinal);
        Assert.Contains("systemctl restart kubelet", steps[4], StringComparison.Ordinal);
        Assert.Contains("member list", steps[5], StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_master_stack_gets_the_single_member_path()
    {
        var output = KawsRun.Invoke(["backup", "restore-commands", "dev", "--snapshot", DevSnapshot]).Out;

        Assert.Contains("INITIAL_CLUSTER=\"$ETCD_NAME=$PEER_URL\"\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("entries printed in step 2", output, StringComparison.Ordinal);
        Assert.Contains("## 2. On the master", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void The_printed_commands_are_shellcheck_clean_bash(string stack)
    {
        var snapshot = stack == "dev" ? DevSnapshot : ProdSnapshot;
        var file = Path.Combine(scratch, "restore.sh");
        File.WriteAllText(file, "#!/bin/bash\n" + KawsRun.Invoke(["backup", "restore-commands", stack, "--snapshot", snapshot]).Out);

        var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--shell=bash", "--severity=style", file);

        Assert.True(exitCode == 0, output);
    }

    [Theory]
    [InlineData("kaws-dev/etcd/hourly/latest.db")]
    [InlineData("kaws-prod/etcd/hourly/20261122T130312Z-i-0123456789abcdef0.db")]
    [InlineData("kaws-dev/etcd/weekly/20261122T130312Z-i-0123456789abcdef0.db")]
    [InlineData("kaws-dev/etcd/hourly/20261122T130312Z-i-0123456789abcdef0.db; rm -rf /")]
    public void An_invalid_snapshot_key_is_one_line_exit_2_and_prints_no_commands(string snapshot)
    {
        var result = KawsRun.Invoke(["backup", "restore-commands", "dev", "--snapshot", snapshot]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"kaws: error: --snapshot: '{snapshot}' is not an etcd snapshot of cluster kaws-dev; expected a key like kaws-dev/etcd/hourly/20260101T000000Z-i-0123456789abcdef0.db\n", result.Error);
    }

    [Fact]
    public void A_missing_snapshot_option_or_stack_is_a_usage_error()
    {
        var noSnapshot = KawsRun.Invoke(["backup", "restore-commands", "dev"]);
        var noStack = KawsRun.Invoke(["backup", "restore-commands", "staging", "--snapshot", DevSnapshot]);

        Assert.Equal(2, noSnapshot.ExitCode);
        Assert.Equal("", noSnapshot.Out);
        Assert.Single(noSnapshot.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(2, noStack.ExitCode);
        Assert.StartsWith("kaws: error: Pulumi.staging.yaml: (file): no such stack file", noStack.Error, StringComparison.Ordinal);
    }
}
