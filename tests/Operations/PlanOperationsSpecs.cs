using System.Text.Json;
using Kaws.Infra.Cli;
using Kaws.Tests.Support;
using static Kaws.Tests.Operations.OperationsFixtures;

namespace Kaws.Tests.Operations;

public sealed class PlanOperationsSpecs
{
    private static string PlanText(params (string Key, string Value)[] extra)
    {
        var raw = Dev(extra);
        return PlanRenderer.Text(PlanReport.From(StackCompiler.Compile(raw), raw.Values));
    }

    private static string Section(string plan) => plan[plan.IndexOf("\nOperations:\n", StringComparison.Ordinal)..plan.IndexOf("\nPolicy pack", StringComparison.Ordinal)];

    [Fact]
    public void Plan_shows_the_rotation_stage_and_the_backup_schedule_of_the_dev_stack()
    {
        var result = KawsRun.Invoke(["plan", "dev"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""

            Operations:
              Encryption at rest: secretbox, key generation 1, rotation stage none (last applied: none)
                provider order: kaws-gen-1 (writes), identity
                next pulumi up: no key change
                next step: to rotate, set kaws:encryptionKeyRotation add-new
              Certificate authorities: generation 1, rotation stage none (last applied: none at generation 1)
                trust bundle: g1 (signer first); leaves signed by g1
                next pulumi up: no CA change
                next step: to rotate, set kaws:caRotation add-new and kaws:caGeneration 2
              etcd backups: every master, hourly (*-*-* *:00:00 UTC, kept 7 days) and daily (*-*-* 00:30:00 UTC, kept 90 days), to s3://<stack output etcdBackupBucket>/kaws-dev/etcd/

            """, Section(result.Out));
    }

    [Fact]
    public void Plan_says_what_the_next_up_changes_mid_rotation()
    {
        var addNew = Section(PlanText(Rotation(3, "add-new", "none")));
        var promote = Section(PlanText(Rotation(3, "promote", "add-new")));
        var reEncrypt = Section(PlanText(Rotation(3, "re-encrypt", "promote")));
        var removeOld = Section(PlanText(Rotation(3, "remove-old", "re-encrypt")));

        Assert.Contains("rotation stage add-new (last applied: none)", addNew, StringComparison.Ordinal);
        Assert.Contains("provider order: kaws-gen-3 (writes), kaws-gen-4, identity", addNew, StringComparison.Ordinal);
        Assert.Contains("next pulumi up: creates kaws-gen-4 (32 random bytes in SSM); provider keys become kaws-gen-3, kaws-gen-4 (first writes)", addNew, StringComparison.Ordinal);
        Assert.Contains("next step: after this up and every master's refresh, set kaws:encryptionKeyRotationApplied add-new, then kaws:encryptionKeyRotation promote", addNew, StringComparison.Ordinal);
        Assert.Contains("provider order: kaws-gen-4 (writes), kaws-gen-3, identity", promote, StringComparison.Ordinal);
        Assert.Contains("re-encrypt, once every master has the promoted key: kubectl get secrets,configmaps --all-namespaces -o json | kubectl replace -f -", reEncrypt, StringComparison.Ordinal);
        Assert.DoesNotContain("kubectl", promote, StringComparison.Ordinal);
        Assert.Contains("next step: after this up, run the re-encrypt command with cluster-admin credentials, then set kaws:encryptionKeyRotationApplied re-encrypt and kaws:encryptionKeyRotation remove-old", reEncrypt, StringComparison.Ordinal);
        Assert.Contains("next pulumi up: deletes kaws-gen-3; provider keys become kaws-gen-4 (first writes)", removeOld, StringComparison.Ordinal);
        Assert.Contains("caution: etcd snapshots taken before re-encrypt (kept up to 90 days) hold secrets only kaws-gen-3 decrypts; restoring one after this up leaves those secrets unreadable", removeOld, StringComparison.Ordinal);
        Assert.DoesNotContain("caution", reEncrypt, StringComparison.Ordinal);
        Assert.Contains("next step: after this up, set kaws:encryptionKeyGeneration 4 and both kaws:encryptionKeyRotation and kaws:encryptionKeyRotationApplied to none", removeOld, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_json_carries_the_operations_section()
    {
        var raw = Dev([.. Rotation(3, "promote", "add-new"), ("kaws:etcdBackupDailyRetentionDays", "30")]);
        using var document = JsonDocument.Parse(PlanRenderer.Json(PlanReport.From(StackCompiler.Compile(raw), raw.Values)));
        var operations = document.RootElement.GetProperty("operations");
        var encryption = operations.GetProperty("encryptionAtRest");
        var backups = operations.GetProperty("etcdBackups");

        Assert.Equal("promote", encryption.GetProperty("rotationStage").GetString());
        Assert.Equal("add-new", encryption.GetProperty("rotationApplied").GetString());
        Assert.Equal(3, encryption.GetProperty("keyGeneration").GetInt32());
        Assert.Equal(["kaws-gen-4", "kaws-gen-3", "identity"], encryption.GetProperty("providerOrder").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal("provider keys become kaws-gen-4, kaws-gen-3 (first writes)", encryption.GetProperty("nextUp").GetString());
        Assert.Equal(30, backups.GetProperty("dailyRetentionDays").GetInt32());
        Assert.Equal(7, backups.GetProperty("hourlyRetentionDays").GetInt32());
        Assert.Equal("*-*-* *:00:00 UTC", backups.GetProperty("hourlySchedule").GetString());
    }

    [Fact]
    public void Plan_of_a_kms_stack_says_kms_rotates_its_own_data_keys()
    {
        var section = Section(PlanText(
            ("kaws:encryptionProvider", "kms"),
            ("kaws:kmsKeyArn", "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ("kaws:kmsPluginImage", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/aws-encryption-provider@sha256:" + new string('a', 64))));

        Assert.Contains("Encryption at rest: kms, key generation 1, rotation stage none (last applied: none)", section, StringComparison.Ordinal);
        Assert.Contains("provider order: kms (aws-encryption-provider) (writes), identity", section, StringComparison.Ordinal);
        Assert.Contains("next pulumi up: no key change (KMS v2 data keys rotate in AWS KMS)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_of_a_stack_with_a_skipped_stage_fails_with_the_config_line()
    {
        var error = Assert.Throws<Kaws.Infra.Config.ConfigException>(() => PlanText(Rotation(1, "re-encrypt", "add-new")));

        Assert.Equal("Pulumi.dev.yaml: kaws:encryptionKeyRotation: 're-encrypt' skips promote; kaws:encryptionKeyRotationApplied is add-new, so the next stage is promote", error.Message);
    }
}
