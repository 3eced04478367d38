namespace Kaws.Pki;

/// <summary>
/// Which stage may follow the last applied one. A rotation moves one stage per <c>pulumi up</c>:
/// none@G → add-new@G+1 → switch@G+1 → remove-old@G+1 → none@G+1. Re-applying the same stage is fine,
/// and add-new may be abandoned back to none@G (the new CAs were never used to sign). Anything else
/// would sign with, or stop trusting, a CA that some running instance does not know yet.
/// </summary>
public static class CaRotationTransition
{
    /// <summary>Null when allowed, else the problem in a few words (without the key name).</summary>
    public static string? Check(CaGenerations applied, CaGenerations requested)
    {
        if (requested.Stage != CaRotationStage.None && requested.Current < 2)
        {
            return $"stage {Name(requested)} needs caGeneration 2 or more (the new generation), got {requested.Current}";
        }

        if (applied == requested)
        {
            return null;
        }

        var next = Next(applied);
        if (requested == next)
        {
            return null;
        }

        if (applied.Stage == CaRotationStage.AddNew && requested == new CaGenerations(applied.Previous, CaRotationStage.None))
        {
            return null;
        }

        return $"{Describe(requested)} cannot follow the applied {Describe(applied)} (caRotationApplied/caGenerationApplied); the next step is {Describe(next)}";
    }

    public static CaGenerations Next(CaGenerations applied) => applied.Stage switch
    {
        CaRotationStage.None => new(applied.Current + 1, CaRotationStage.AddNew),
        CaRotationStage.AddNew => applied with { Stage = CaRotationStage.Switch },
        CaRotationStage.Switch => applied with { Stage = CaRotationStage.RemoveOld },
        _ => applied with { Stage = CaRotationStage.None },
    };

    private static string Name(CaGenerations generations) => CaRotationStageNames.NameOf(generations.Stage);

    private static string Describe(CaGenerations generations) => $"{Name(generations)} at generation {generations.Current}";
}
