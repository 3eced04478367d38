using System.Globalization;
using System.Text.RegularExpressions;

namespace Kaws.Infra.Pki;

/// <summary>Durations such as 30m, 24h, 7d for certificate validity; bounded so that an admin certificate stays short-lived.</summary>
public static partial class PkiValidity
{
    /// <summary>The Kubernetes certificates API refuses expirationSeconds under ten minutes; kaws uses the same floor.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(10);

    public static TimeSpan Parse(string option, string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw PkiFailure.BadInput($"{option}: '{text}' is not a duration; expected a number and a unit s, m, h or d, e.g. 24h");
        }

        var amount = long.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    public static TimeSpan Bounded(string validityText, string maximumText)
    {
        var validity = Parse("--validity", validityText);
        var maximum = Parse("--max-validity", maximumText);
        if (validity < Minimum)
        {
            throw PkiFailure.BadInput($"--validity: '{validityText}' is shorter than the minimum of 10m");
        }

        if (validity > maximum)
        {
            throw PkiFailure.BadInput($"--validity: '{validityText}' exceeds --max-validity {maximumText}; admin certificates are short-lived (revocation is by expiry)");
        }

        return validity;
    }

    [GeneratedRegex("^(?<amount>[0-9]{1,7})(?<unit>[smhd])$")]
    private static partial Regex DurationPattern();
}
