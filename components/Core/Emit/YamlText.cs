using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kaws.Core;

/// <summary>
/// Scalar formatting for the emitted YAML. Strings are always quoted (or literal blocks when they
/// span lines), so a string that looks like a number, a boolean or an octal mode stays a string.
/// </summary>
public static partial class YamlText
{
    public static string Key(string key) =>
        PlainKey().IsMatch(key) && !ReservedWords.Contains(key.ToLowerInvariant()) && !LooksNumeric().IsMatch(key)
            ? key
            : Quoted(key);

    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var character in text)
        {
            switch (character)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Whether a multi-line string can be a literal block (<c>|</c>) and read back unchanged: printable,
    /// no carriage returns, not starting with a space (that would need an indentation indicator).
    /// </summary>
    public static bool FitsLiteralBlock(string text) =>
        text.Contains('\n') &&
        text.Trim('\n').Length > 0 &&
        text[0] is not (' ' or '\n') &&
        !text.Any(character => character != '\n' && character != '\t' && (char.IsControl(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF'));

    /// <summary>The block header: <c>|</c> keeps one final newline, <c>|-</c> none, <c>|+</c> all of them.</summary>
    public static string BlockHeader(string text) =>
        !text.EndsWith('\n') ? "|-" : text.EndsWith("\n\n", StringComparison.Ordinal) ? "|+" : "|";

    public static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Number(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static readonly HashSet<string> ReservedWords = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"];

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-/]*(::?[A-Za-z0-9_.\-/]+)*$")]
    private static partial Regex PlainKey();

    [GeneratedRegex(@"^[-+]?(\.?[0-9])")]
    private static partial Regex LooksNumeric();
}
