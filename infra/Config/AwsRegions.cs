using System.Collections.Immutable;

namespace Kaws.Infra.Config;

/// <summary>
/// Regions kaws knows, with how many availability zones every account can use there. A region
/// missing here is refused rather than guessed at.
/// </summary>
public static class AwsRegions
{
    public static readonly ImmutableSortedDictionary<string, int> ZoneCounts = new Dictionary<string, int>
    {
        ["af-south-1"] = 3,
        ["ap-east-1"] = 3,
        ["ap-northeast-1"] = 3,
        ["ap-northeast-2"] = 4,
        ["ap-northeast-3"] = 3,
        ["ap-south-1"] = 3,
        ["ap-southeast-1"] = 3,
        ["ap-southeast-2"] = 3,
        ["ca-central-1"] = 3,
        ["eu-central-1"] = 3,
        ["eu-north-1"] = 3,
        ["eu-south-1"] = 3,
        ["eu-west-1"] = 3,
        ["eu-west-2"] = 3,
        ["eu-west-3"] = 3,
        ["me-south-1"] = 3,
        ["sa-east-1"] = 3,
        ["us-east-1"] = 6,
        ["us-east-2"] = 3,
        ["us-west-1"] = 2,
        ["us-west-2"] = 4,
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
