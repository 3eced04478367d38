namespace Kaws.Pki;

/// <summary>The config spelling of each <see cref="CaRotationStage"/>: none, add-new, switch, remove-old.</summary>
public static class CaRotationStageNames
{
    private static readonly (CaRotationStage Stage, string Name)[] Names =
    [
        (CaRotationStage.None, "none"), (CaRotationStage.AddNew, "add-new"),
        (CaRotationStage.Switch, "switch"), (CaRotationStage.RemoveOld, "remove-old"),
    ];

    public static string Expected => "one of none, add-new, switch, remove-old";

    public static string NameOf(CaRotationStage stage) => Names.Single(entry => entry.Stage == stage).Name;

    public static bool TryParse(string text, out CaRotationStage stage)
    {
        foreach (var (candidate, name) in Names)
        {
            if (name == text)
            {
                stage = candidate;
                return true;
            }
        }

        stage = CaRotationStage.None;
        return false;
    }
}
