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

    private static void WriteBlock(StringBuilder output, YamlNode node, int indent)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var name = YamlText.Key(((YamlScalarNode)key).Value ?? "");
                    WriteEntry(output, name + ":", value, indent);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    WriteItem(output, item, indent);
                }

                break;
            default:
                throw new ArgumentException("a document or block must be a mapping or a sequence", nameof(node));
        }
    }

    private static void WriteEntry(StringBuilder output, string lead, YamlNode value, int indent)
    {
        var pad = new string(' ', indent);
        switch (value)
        {
            case YamlMappingNode { Children.Count: 0 }:
                output.Append(pad).Append(lead).Append(" {}\n");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                output.Append(pad).Append(lead).Append(" []\n");
                break;
            case YamlMappingNode or YamlSequenceNode:
                output.Append(pad).Append(lead).Append('\n');
                WriteBlock(output, value, indent + Step);
                break;
            case YamlScalarNode scalar:
                WriteScalar(output, pad + lead, scalar, indent + Step);
                break;
            default:
                throw new ArgumentException($"unsupported node {value.NodeType}", nameof(value));
        }
    }

    private static void WriteItem(StringBuilder output, YamlNode item, int indent)
    {
        var pad = new string(' ', indent);
        switch (item)
        {
            case YamlMappingNode { Children.Count: > 0 } map:
                // The first entry shares the dash's line; the others line up under it.
                var nested = new StringBuilder();
                WriteBlock(nested, map, indent + Step);
                output.Append(pad).Append("- ").Append(nested.ToString(indent + Step, nested.Length - indent - Step));
                break;
            case YamlMappingNode or YamlSequenceNode:
                WriteEntry(output, "-", item, indent);
                break;
            case YamlScalarNode scalar:
                WriteScalar(output, pad + "-", scalar, indent + Step);
                break;
            default:
                throw new ArgumentException($"unsupported node {item.NodeType}", nameof(item));
        }
    }

    private static void WriteScalar(StringBuilder output, string lead, YamlScalarNode scalar, int blockIndent)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.Plain)
        {
            output.Append(lead).Append(' ').Append(text).Append('\n');
            return;
        }

        if (scalar.Style == ScalarStyle.DoubleQuoted)
        {
            output.Append(lead).Append(' ').Append(YamlText.Quoted(text)).Append('\n');
            return;
        }

        if (YamlText.FitsLiteralBlock(text))
        {
            output.Append(lead).Append(' ').Append(YamlText.BlockHeader(text)).Append('\n');
            var pad = new string(' ', blockIndent);
            var lines = text.Split('\n');
            // A final newline ends the last line rather than starting an empty one.
            var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
            foreach (var line in lines.Take(count))
            {
                output.Append(line.Length == 0 ? "" : pad + line).Append('\n');
            }

            return;
        }

        output.Append(lead).Append(' ').Append(ReadsBackPlain(text) ? text : YamlText.Quoted(text)).Append('\n');
    }

    /// <summary>Whether a plain scalar reads back as this very string (not a number, boolean, null or indicator).</summary>
    private static bool ReadsBackPlain(string text) =>
        PlainSafe().IsMatch(text) && !text.EndsWith(':') && !ReservedWords.Contains(text.ToLowerInvariant());

    private static readonly HashSet<string> ReservedWords =
        ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ".inf", ".nan"];

    [GeneratedRegex(@"^[A-Za-z_/][A-Za-z0-9_./:@=,+\-]*$")]
    private static partial Regex PlainSafe();
}
