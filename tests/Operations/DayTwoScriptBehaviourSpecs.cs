using System.Text.RegularExpressions;
using Kaws.Kubernetes.Boot;
using Kaws.Tests.Kubernetes.Boot;

namespace Kaws.Tests.Operations;

/// <summary>
/// Runs the real day-2 scripts under bash with fake aws, crictl and curl commands on PATH (they log their
/// arguments and answer like the real ones), pointed at a scratch directory instead of /etc and /var/lib.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class DayTwoScriptBehaviourSpecs : IDisposable
{
    private static readonly string KeyFour = Convert.ToBase64String(Enumerable.Range(0, 32).Select(index => (byte)index).ToArray());
    private static readonly string KeyThree = Convert.ToBase64String(Enumerable.Range(100, 32).Select(index => (byte)index).ToArray());

    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-day-two-run-").FullName;

    public DayTwoScriptBehaviourSpecs()
    {
        Directory.CreateDirectory(Path.Combine(scratch, "bin"));
        Directory.CreateDirectory(Path.Combine(scratch, "etcd"));
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string Log => Path.Combine(scratch, "calls.log");

    private void Fake(string name, string body)
    {
        var file = Path.Combine(scratch, "bin", name);
        File.WriteAllText(file, $"#!/bin/bash\nprintf '{name} %s\\n' \"$*\" >>{ShellText.Quote(Log)}\n{body}\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>A fake aws whose SSM parameters are files under scratch/ssm, named by the parameter path.</summary>
    private void FakeAws(IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var file = Path.Combine(scratch, "ssm" + name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, value + "\n");
        }

        Fake("aws", $$"""
            if [[ "$1 $2" == "ssm get-parameter" ]]; then
              cat {{ShellText.Quote(scratch + "/ssm")}}"$4" || exit 255
            fi
            """);
    }

    private (int ExitCode, string Output) Run(string script, string replacedLine, string replacement, params string[] arguments)
    {
        Assert.Contains(replacedLine + "\n", script, StringComparison.Ordinal);
        var file = Path.Combine(scratch, "script.sh");
        File.WriteAllText(file, script.Replace(replacedLine + "\n", replacement + "\n", StringComparison.Ordinal)
            .Replace("set -euo pipefail\n", $"set -euo pipefail\nexport PATH={ShellText.Quote(scratch + "/bin")}:\"$PATH\"\n", StringComparison.Ordinal));
        return ExternalJudge.Run("bash", "bash", [file, .. arguments]);
    }

    private (int ExitCode, string Output) RunKeysScript(string target) =>
        Run(EncryptionKeysScript.Render(BootFixtures.Development), $"readonly TARGET={BootFilePaths.EncryptionConfig}", $"readonly TARGET={ShellText.Quote(target)}");

    private Dictionary<string, string> RotatingParameters(string keyFour) => new()
    {
        ["/kaws/demo/master/encryption-config"] = EncryptionConfigBuilder.Render(BootFixtures.Development with { EncryptionKeyGenerations = [4, 3] }),
        ["/kaws/demo/master/encryption-key-4"] = keyFour,
        ["/kaws/demo/master/encryption-key-3"] = KeyThree,
    };

    [Fact]
    public void The_key_refresh_writes_every_generation_in_the_stored_order_and_keeps_keys_off_command_lines()
    {
        var target = Path.Combine(scratch, "encryption-config.yaml");
        File.WriteAllText(target, "old\n");
        FakeAws(RotatingParameters(KeyFour));
        Fake("chown", "true");

        var (exitCode, output) = RunKeysScript(target);
        var written = File.ReadAllText(target);

        Assert.True(exitCode == 0, output);
        Assert.True(written.IndexOf(KeyFour, StringComparison.Ordinal) < written.IndexOf(KeyThree, StringComparison.Ordinal));
        Assert.Contains($"- name: kaws-gen-4\n              secret: \"{KeyFour}\"", written, StringComparison.Ordinal);
        Assert.Empty(EncryptionProviderOrder.Problems(written));
        Assert.DoesNotMatch(@"__KAWS_SECRET_ENCRYPTION_KEY_[0-9]+__", written);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.DoesNotContain(KeyFour, File.ReadAllText(Log) + output, StringComparison.Ordinal);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_configuration_is_not_rewritten()
    {
        var target = Path.Combine(scratch, "encryption-config.yaml");
        File.WriteAllText(target, "old\n");
        FakeAws(RotatingParameters(KeyFour));
        Fake("chown", "true");
        Assert.Equal(0, RunKeysScript(target).ExitCode);
        var firstWrite = File.GetLastWriteTimeUtc(target);
        Thread.Sleep(20);

        var (exitCode, output) = RunKeysScript(target);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("wrote", output, StringComparison.Ordinal);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(target));
        Assert.Equal([target], Directory.GetFiles(scratch, "encryption-config.yaml*"));
    }

    [Fact]
    public void A_bad_or_missing_key_leaves_the_running_configuration_alone()
    {
        var target = Path.Combine(scratch, "encryption-config.yaml");
        File.WriteAllText(target, "old\n");
        FakeAws(RotatingParameters(Convert.ToBase64String(new byte[16])));

        var (exitCode, output) = RunKeysScript(target);

        Assert.Equal(1, exitCode);
        Assert.Contains("kaws-encryption-keys: /kaws/demo/master/encryption-key-4 must be 32 random bytes, base64-encoded", output, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(target));
    }

    [Fact]
    public void A_backup_snapshots_etcd_inside_its_pod_and_uploads_with_the_cluster_key_under_the_cluster_prefix()
    {
        const string keyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        FakeAws(new Dictionary<string, string>
        {
            ["/kaws/demo/master/etcd-backup-bucket"] = "kaws-demo-etcd-20260101abcdef",
            ["/kaws/demo/master/etcd-backup-kms-key-arn"] = keyArn,
        });
        Fake("crictl", """
            if [[ "$*" == *" ps "* ]]; then echo 0123abcd; fi
            if [[ "$*" == *" exec "* ]]; then printf 'snapshot' >"${*: -1}"; fi
            """);
        // Like the real curl with -H @-, read the token from stdin (else printf in the pipe may hit a closed pipe).
        Fake("curl", """
            if [[ "$*" == *"@-"* ]]; then cat >/dev/null; fi
            if [[ "$*" == *instance-id* ]]; then echo i-0123456789abcdef0; else echo token; fi
            """);

        var (exitCode, output) = Run(EtcdBackupScript.Render(BootFixtures.Development),
            $"readonly ETCD_DATA_DIR={BootFilePaths.EtcdDataDirectory}", $"readonly ETCD_DATA_DIR={ShellText.Quote(scratch + "/etcd")}", "hourly");
        Assert.True(exitCode == 0, output);
        var calls = File.ReadAllLines(Log);
        var upload = Assert.Single(calls, call => call.StartsWith("aws s3 cp", StringComparison.Ordinal));
        var match = UploadCall().Match(upload);

        Assert.True(exitCode == 0, output);
        Assert.Contains(calls, call => call.Contains("exec 0123abcd etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/healthcheck-client.crt", StringComparison.Ordinal));
        Assert.True(match.Success, upload);
        Assert.Equal(keyArn, match.Groups["key"].Value);
        Assert.Equal("kaws-demo-etcd-20260101abcdef", match.Groups["bucket"].Value);
        Assert.True(EtcdBackupLayout.IsSnapshotKey("demo", match.Groups["object"].Value), match.Groups["object"].Value);
        Assert.StartsWith("demo/etcd/hourly/", match.Groups["object"].Value, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(scratch, "etcd")));
    }

    [Fact]
    public void A_backup_refuses_an_unknown_tier()
    {
        var (exitCode, output) = Run(EtcdBackupScript.Render(BootFixtures.Development), "umask 077", "umask 077", "weekly");

        Assert.Equal(1, exitCode);
        Assert.Contains("kaws-etcd-backup: usage: kaws-etcd-backup hourly|daily", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^aws s3 cp --only-show-errors --sse aws:kms --sse-kms-key-id (?<key>\S+) \S+/etcd/kaws-snapshot-\S+ s3://(?<bucket>[^/]+)/(?<object>\S+)$")]
    private static partial Regex UploadCall();
}
