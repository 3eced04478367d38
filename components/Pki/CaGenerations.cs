using System.Collections.Immutable;

namespace Kaws.Pki;

/// <summary>
/// Which CA generations exist, which one signs and what the trust bundle holds, for a rotation stage.
/// <see cref="Current"/> is the newest generation: the one a rotation introduces (AddNew, Switch,
/// RemoveOld) or the only one (None). The previous generation is Current - 1.
/// </summary>
public sealed record CaGenerations(int Current, CaRotationStage Stage)
{
    public static readonly CaGenerations Initial = new(1, CaRotationStage.None);

    public int Previous => Current - 1;

    /// <summary>The generations whose CA resources exist, oldest first.</summary>
    public ImmutableArray<int> Existing => Stage is CaRotationStage.AddNew or CaRotationStage.Switch
        ? [Previous, Current]
        : [Current];

    /// <summary>The generation whose key signs the leaves (and kubeadm's per-host certificates).</summary>
    public int Signer => Stage == CaRotationStage.AddNew ? Previous : Current;

    /// <summary>
    /// The trust bundle, signer first: kubeadm takes the first certificate of ca.crt as the CA that
    /// matches ca.key, and the API server, kubelets and etcd trust every certificate in it.
    /// </summary>
    public ImmutableArray<int> Bundle => [Signer, .. Existing.Where(generation => generation != Signer)];
}
