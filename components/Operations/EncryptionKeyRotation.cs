using System.Collections.Immutable;

namespace Kaws.Operations;

/// <summary>
/// The pure planner behind encryption-key rotation: which key generations the API servers use at a stage (the
/// first one writes), whether a stage may follow the last applied one, and what the next <c>pulumi up</c> does.
/// </summary>
public static class EncryptionKeyRotation
{
    /// <summary>The config spellings, in stage order.</summary>
    public static ImmutableArray<string> StageNames { get; } = ["none", "add-new", "promote", "re-encrypt", "remove-old"];

    /// <summary>Re-encrypts every object of the encrypted resources with the key that is first (run once per resource kind).</summary>
    public static string ReEncryptCommand(bool configMaps) => configMaps
        ? "kubectl get secrets,configmaps --all-namespaces -o json | kubectl replace -f -"
        : "kubectl get secrets --all-namespaces -o json | kubectl replace -f -";

    public static string Name(EncryptionKeyRotationStage stage) => StageNames[(int)stage];

    public static bool TryParse(string text, out EncryptionKeyRotationStage stage)
    {
        var index = StageNames.IndexOf(text);
        stage = index < 0 ? default : (EncryptionKeyRotationStage)index;
        return index >= 0;
    }

    /// <summary>The generations in the EncryptionConfiguration's provider list at a stage, the writing key first.</summary>
    public static ImmutableArray<int> Generations(int current, EncryptionKeyRotationStage stage) => stage switch
    {
        EncryptionKeyRotationStage.None => [current],
        EncryptionKeyRotationStage.AddNew => [current, current + 1],
        EncryptionKeyRotationStage.Promote or EncryptionKeyRotationStage.ReEncrypt => [current + 1, current],
        EncryptionKeyRotationStage.RemoveOld => [current + 1],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>
    /// Why <paramref name="requested"/> may not follow <paramref name="applied"/>, or null when it may. Allowed:
    /// staying, the next stage, or one stage back while the old key still exists (a rollback).
    /// </summary>
    public static string? TransitionProblem(EncryptionKeyRotationStage applied, EncryptionKeyRotationStage requested, int generation)
    {
        if (requested == applied || requested == applied + 1)
        {
            return null;
        }

        if (applied == EncryptionKeyRotationStage.RemoveOld)
        {
            return $"'{Name(requested)}' cannot follow remove-old: generation {generation} is deleted; finish the rotation with kaws:encryptionKeyGeneration {generation + 1}, kaws:encryptionKeyRotation none and kaws:encryptionKeyRotationApplied none";
        }

        if (requested == applied - 1)
        {
            return null;
        }

        if (requested > applied)
        {
            var skipped = StageNames[((int)applied + 1)..(int)requested];
            return $"'{Name(requested)}' skips {string.Join(" and ", skipped)}; kaws:encryptionKeyRotationApplied is {Name(applied)}, so the next stage is {Name(applied + 1)}";
        }

        return $"'{Name(requested)}' goes back more than one stage from {Name(applied)} (kaws:encryptionKeyRotationApplied); data written with the newer key would become unreadable";
    }

    /// <summary>What applying <paramref name="stage"/> changes compared with the last applied stage, for plan.</summary>
    public static string NextUpChange(int generation, EncryptionKeyRotationStage applied, EncryptionKeyRotationStage stage)
    {
        var before = Generations(generation, applied);
        var after = Generations(generation, stage);
        if (before.SequenceEqual(after))
        {
            return stage == EncryptionKeyRotationStage.ReEncrypt
                ? "no key change; after it, re-encrypt every object (see the re-encrypt command) before remove-old"
                : "no key change";
        }

        var added = after.Except(before).Select(KeyName).ToList();
        var removed = before.Except(after).Select(KeyName).ToList();
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add($"creates {string.Join(", ", added)} (32 random bytes in SSM)");
        }

        if (removed.Count > 0)
        {
            parts.Add($"deletes {string.Join(", ", removed)}");
        }

        parts.Add($"provider keys become {string.Join(", ", after.Select(KeyName))} (first writes)");
        return string.Join("; ", parts);
    }

    /// <summary>The config change that starts the step after <paramref name="stage"/> (once it is applied).</summary>
    public static string NextStep(int generation, EncryptionKeyRotationStage stage) => stage switch
    {
        EncryptionKeyRotationStage.None => "to rotate, set kaws:encryptionKeyRotation add-new",
        EncryptionKeyRotationStage.ReEncrypt => "after this up, run the re-encrypt command with cluster-admin credentials, then set kaws:encryptionKeyRotationApplied re-encrypt and kaws:encryptionKeyRotation remove-old",
        EncryptionKeyRotationStage.RemoveOld => $"after this up, set kaws:encryptionKeyGeneration {generation + 1} and both kaws:encryptionKeyRotation and kaws:encryptionKeyRotationApplied to none",
        _ => $"after this up and every master's refresh, set kaws:encryptionKeyRotationApplied {Name(stage)}, then kaws:encryptionKeyRotation {Name(stage + 1)}",
    };

    /// <summary>The EncryptionConfiguration key name of a generation: stable, so ciphertexts always find their key.</summary>
    public static string KeyName(int generation) => Kaws.Kubernetes.Boot.EncryptionConfigBuilder.KeyName(generation);
}
