using Kaws.Core;

namespace Kaws.Security;

/// <summary>
/// One address range of a <see cref="CidrSource"/>. <paramref name="Name"/> keys its rule resources (empty for
/// sources that are always exactly one range), so adding or removing a range touches only its own rules.
/// </summary>
public sealed record NamedCidr(string Name, Input<string> Cidr)
{
    /// <summary>A name from the CIDR text itself: 203.0.113.0/24 → 203-0-113-0-24.</summary>
    public static NamedCidr Literal(string cidr) =>
        new(cidr.Replace('.', '-').Replace(':', '-').Replace('/', '-'), cidr);
}
