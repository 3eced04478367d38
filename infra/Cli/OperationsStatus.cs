using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;
using Kaws.Operations;

namespace Kaws.Infra.Cli;

/// <summary>
/// The day-2 part of <c>plan</c>: the encryption-key rotation stage, what the next <c>pulumi up</c> changes about it
/// and what to do after, and the etcd backup schedule and retention.
/// </summary>
public sealed record OperationsStatus(
    string EncryptionProvider,
    int KeyGeneration,
    string Stage,
    string AppliedStage,
    IReadOnlyList<string> ProviderKeys,
    string NextUp,
    string NextStep,
    string? ReEncryptCommand,
    string? Caution,
    string BackupLocation,
    int HourlyRetentionDays,
    int DailyRetentionDays)
{
    /// <summary>The CA generation and rotation stage (see docs/pki.md).</summary>
    public CaRotationStatus CertificateAuthorities { get; init; } = null!;

    public static OperationsStatus For(StackConfig config)
    {
        var kms = config.EncryptionProvider == "kms";
        var stage = config.EncryptionKeyRotation;
        var applied = config.EncryptionKeyRotationApplied;
        var generation = config.EncryptionKeyGeneration;
        return new OperationsStatus(
            config.EncryptionProvider,
            generation,
            EncryptionKeyRotation.Name(stage),
            EncryptionKeyRotation.Name(applied),
            kms ? ["kms (aws-encryption-provider)", "identity"] : [.. EncryptionKeyRotation.Generations(generation, stage).Select(EncryptionKeyRotation.KeyName), "identity"],
            kms ? "no key change (KMS v2 data keys rotate in AWS KMS)" : EncryptionKeyRotation.NextUpChange(generation, applied, stage),
            kms ? "none: rotate the KMS key in AWS KMS" : EncryptionKeyRotation.NextStep(generation, stage),
            stage == EncryptionKeyRotationStage.ReEncrypt ? EncryptionKeyRotation.ReEncryptCommand(config.EncryptConfigMaps) : null,
            stage == EncryptionKeyRotationStage.RemoveOld && applied != EncryptionKeyRotationStage.RemoveOld
                ? $"etcd snapshots taken before re-encrypt (kept up to {config.EtcdBackupDailyRetentionDays} days) hold secrets only {EncryptionKeyRotation.KeyName(generation)} decrypts; restoring one after this up leaves those secrets unreadable"
                : null,
            $"s3://<stack output {EtcdRestoreCommands.BucketOutput}>/{EtcdBackupLayout.ClusterPrefix(config.ClusterName)}",
            config.EtcdBackupHourlyRetentionDays,
            config.EtcdBackupDailyRetentionDays)
        {
            CertificateAuthorities = CaRotationStatus.For(config),
        };
    }

    public string Text() =>
        $"""
        Operations:
          Encryption at rest: {EncryptionProvider}, key generation {KeyGeneration}, rotation stage {Stage} (last applied: {AppliedStage})
            provider order: {string.Join(", ", ProviderKeys.Select((key, index) => index == 0 ? key + " (writes)" : key))}
            next pulumi up: {NextUp}
        {(ReEncryptCommand is null ? "" : $"    re-encrypt, once every master has the promoted key: {ReEncryptCommand}\n")}{(Caution is null ? "" : $"    caution: {Caution}\n")}    next step: {NextStep}
        {CertificateAuthorities.Text()}  etcd backups: every master, hourly ({EtcdBackupLayout.HourlyCalendar}, kept {HourlyRetentionDays} days) and daily ({EtcdBackupLayout.DailyCalendar}, kept {DailyRetentionDays} days), to {BackupLocation}

        """;
}
