using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kaws.Core;

/// <summary>
/// Scalar formatting for the emitted YAML. Strings are always quoted (or literal blocks when they
/// span lines), so a string that looks like a number, a boolean or an octal mode stays a string.
/// The writers append straight into their output: a compile formats thousands of scalars.
/// </summary>
public static partial class YamlText
{
    public static StringBuilder AppendKey(StringBuilder output, string key) =>
        IsPlainKey(key) ? output.Append(key) : AppendQuoted(output, key);

    /// <summary>Appends the text double-quoted, escaping what YAML would not read back as itself.</summary>
    public static StringBuilder AppendQuoted(StringBuilder output, string text)
    {
        output.Append('"');
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var escape = character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => NeedsUnicodeEscape(character) ? "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture) : null,
            };
            if (escape is not null)
            {
                output.Append(text, start, index - start).Append(escape);
                start = index + 1;
            }
        }

        return output.Append(text, start, text.Length - start).Append('"');
    }

    /// <summary>
    /// Whether a multi-line string can be a literal block (<c>|</c>) and read back unchanged: printable,
    /// no carriage returns, not starting with a space (that would need an indentation indicator).
    /// </summary>
    public static bool FitsLiteralBlock(string text)
    {
        if (!text.Contains('\n') || text.AsSpan().Trim('\n').IsEmpty || text[0] is ' ' or '\n')
        {
            return false;
        }

        foreach (var character in text)
        {
            if (character is not ('\n' or '\t') && NeedsUnicodeEscape(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends "<c>|</c>" (or <c>|-</c>, <c>|+</c>) and the text's lines indented; empty lines stay empty.</summary>
    public static void AppendLiteralBlock(StringBuilder output, string text, int indent)
    {
        output.Append(BlockHeader(text)).Append('\n');
        // A final newline ends the last line rather than starting an empty one.
        var body = text.AsSpan(0, text.EndsWith('\n') ? text.Length - 1 : text.Length);
        foreach (var range in body.Split('\n'))
        {
            var line = body[range];
            if (!line.IsEmpty)
            {
                output.Append(' ', indent).Append(line);
            }

            output.Append('\n');
        }
    }

    /// <summary>The block header: <c>|</c> keeps one final newline, <c>|-</c> none, <c>|+</c> all of them.</summary>
    private static string BlockHeader(string text) =>
        !text.EndsWith('\n') ? "|-" : text.EndsWith("\n\n", StringComparison.Ordinal) ? "|+" : "|";

    public static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Number(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static bool IsPlainKey(string key) =>
        PlainKey().IsMatch(key) && !ReservedWords.Contains(key) && !LooksNumeric().IsMatch(key);

    private static bool NeedsUnicodeEscape(char character) =>
        char.IsControl(character) || character is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    // Case-insensitive: YAML 1.1 readers take "Yes" and "NULL" as non-strings too.
    private static readonly HashSet<string> ReservedWords = new(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-/]*(::?[A-Za-z0-9_.\-/]+)*$")]
    private static partial Regex PlainKey();

    [GeneratedRegex(@"^[-+]?(\.?[0-9])")]
    private static partial Regex LooksNumeric();
}
