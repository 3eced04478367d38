namespace Kaws.Policies;

/// <summary>Null, or a property that is not set.</summary>
public sealed record PolicyNull : PolicyValue
{
    public static readonly PolicyNull Instance = new();

    private PolicyNull()
    {
    }
}
