using System.Text;
using System.Text.RegularExpressions;
using Kaws.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Prints boot documents as block-style YAML: keys in insertion order, two-space indents, strings plain
/// only when YAML reads them back as the same string, multi-line text as literal blocks. Same tree, same bytes.
/// </summary>
public static partial class BootYamlWriter
{
    private const int Step = 2;

    /// <summary>One or more documents separated by <c>---</c>, each after its optional comment lines.</summary>
    public static string Write(params YamlNode[] documents) => Write(documents, header: null);

    public static string Write(IReadOnlyList<YamlNode> documents, string? header)
    {
        var output = new StringBuilder();
        if (header is not null)
        {
            output.Append(header);
            if (!header.EndsWith('\n'))
            {
                output.Append('\n');
            }
        }

        for (var index = 0; index < documents.Count; index++)
        {
            if (index > 0)
            {
                output.Append("---\n");
            }

            WriteBlock(output, documents[index], 0);
        }

        return output.ToString();
    }

    /// <summary>Writes a mapping's entries or a sequence's items at the indent; the first may share the line already begun.</summary>
    private static void WriteBlock(StringBuilder output, YamlNode node, int indent, bool firstOnCurrentLine = false)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (!firstOnCurrentLine)
                    {
                        output.Append(' ', indent);
                    }

                    firstOnCurrentLine = false;
                    YamlText.AppendKey(output, ((YamlScalarNode)key).Value ?? "").Append(':');
                    WriteValue(output, value, indent);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    output.Append(' ', indent).Append('-');
                    if (item is YamlMappingNode { Children.Count: > 0 } entries)
                    {
                        // The first entry shares the dash's line; the others line up under it.
                        output.Append(' ');
                        WriteBlock(output, entries, indent + Step, firstOnCurrentLine: true);
                    }
                    else
                    {
                        WriteValue(output, item, indent);
                    }
                }

                break;
            default:
                throw new ArgumentException("a document or block must be a mapping or a sequence", nameof(node));
        }
    }

    /// <summary>Writes a value after its key or dash: inline for scalars and empty blocks, else on the next lines.</summary>
    private static void WriteValue(StringBuilder output, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlMappingNode { Children.Count: 0 }:
                output.Append(" {}\n");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                output.Append(" []\n");
                break;
            case YamlMappingNode or YamlSequenceNode:
                output.Append('\n');
                WriteBlock(output, value, indent + Step);
                break;
            case YamlScalarNode scalar:
                WriteScalar(output.Append(' '), scalar, indent + Step);
                break;
            default:
                throw new ArgumentException($"unsupported node {value.NodeType}", nameof(value));
        }
    }

    private static void WriteScalar(StringBuilder output, YamlScalarNode scalar, int blockIndent)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.Plain)
        {
            output.Append(text);
        }
        else if (scalar.Style == ScalarStyle.DoubleQuoted)
        {
            YamlText.AppendQuoted(output, text);
        }
        else if (YamlText.FitsLiteralBlock(text))
        {
            YamlText.AppendLiteralBlock(output, text, blockIndent);
            return;
        }
        else if (ReadsBackPlain(text))
        {
            output.Append(text);
        }
        else
        {
            YamlText.AppendQuoted(output, text);
        }

        output.Append('\n');
    }

    /// <summary>Whether a plain scalar reads back as this very string (not a number, boolean, null or indicator).</summary>
    private static bool ReadsBackPlain(string text) =>
        PlainSafe().IsMatch(text) && !text.EndsWith(':') && !ReservedWords.Contains(text);

    // Case-insensitive, as YAML 1.1 readers take "Yes" and ".NaN" as non-strings too.
    private static readonly HashSet<string> ReservedWords =
        new(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ".inf", ".nan"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[A-Za-z_/][A-Za-z0-9_./:@=,+\-]*$")]
    private static partial Regex PlainSafe();
}
