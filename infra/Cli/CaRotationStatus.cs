using Kaws.Infra.Cluster;
using Kaws.Infra.Config;
using Kaws.Pki;

namespace Kaws.Infra.Cli;

/// <summary>
/// The CA part of plan's Operations section: the generation and rotation stage, the trust bundle and
/// signer this pulumi up leaves, what it changes, and the step after it.
/// </summary>
public sealed record CaRotationStatus(int Generation, string Stage, string Applied, IReadOnlyList<string> TrustBundle, string Signer, string NextUp, string NextStep)
{
    public static CaRotationStatus For(StackConfig config)
    {
        var generations = CertificatePlan.For(ClusterStack.PkiSettings(config)).Generations;
        var applied = new CaGenerations(config.CaGenerationApplied, config.CaRotationApplied);
        var next = CaRotationTransition.Next(generations);
        var unchanged = generations == applied;
        var nextUp = unchanged ? "no CA change" : config.CaRotation switch
        {
            CaRotationStage.AddNew => $"creates the generation {generations.Current} CAs and trusts both generations; leaves stay signed by generation {generations.Previous}",
            CaRotationStage.Switch => $"re-issues every leaf from generation {generations.Current}; generation {generations.Previous} stays trusted",
            CaRotationStage.RemoveOld => $"deletes the generation {generations.Previous} CAs; only generation {generations.Current} is trusted",
            _ => applied.Stage == CaRotationStage.AddNew
                ? $"deletes the unused generation {applied.Current} CAs (rotation abandoned)"
                : "no CA change",
        };
        var record = $"record kaws:caRotationApplied {CaRotationStageNames.NameOf(generations.Stage)} and kaws:caGenerationApplied {generations.Current}";
        var nextStep = generations.Stage == CaRotationStage.None && unchanged
            ? $"to rotate, set kaws:caRotation add-new and kaws:caGeneration {next.Current}"
            : $"after this up replace the masters, then the nodes (docs/pki.md); {record}; then set kaws:caRotation {CaRotationStageNames.NameOf(next.Stage)} at generation {next.Current}";
        return new CaRotationStatus(
            generations.Current,
            CaRotationStageNames.NameOf(generations.Stage),
            $"{CaRotationStageNames.NameOf(applied.Stage)} at generation {applied.Current}",
            [.. generations.Bundle.Select(generation => $"g{generation}")],
            $"g{generations.Signer}",
            nextUp,
            nextStep);
    }

    public string Text() =>
        $"""
          Certificate authorities: generation {Generation}, rotation stage {Stage} (last applied: {Applied})
            trust bundle: {string.Join(", ", TrustBundle)} (signer first); leaves signed by {Signer}
            next pulumi up: {NextUp}
            next step: {NextStep}

        """;
}
