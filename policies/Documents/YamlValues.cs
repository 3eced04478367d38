using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Policies;

/// <summary>
/// Reads YAML text (a cloud-config, a kubeadm or kubelet document) into policy values. Plain scalars get the
/// YAML core schema's types (true/false, numbers, null); quoted scalars stay strings. A scalar holding
/// <see cref="PolicyUnknown.TextMarker"/> is unknown: part of it comes from a deploy-time value.
/// </summary>
public static partial class YamlValues
{
    /// <summary>Every document in the text, or nothing when the text is not YAML (a shell script, say).</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="markerMeansUnknown">Read scalars holding the marker as unknown. Off for a container
    /// (a cloud-config) whose scalars are whole files that are read again on their own.</param>
    public static IReadOnlyList<PolicyValue> ParseAll(string text, bool markerMeansUnknown = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return [];
        }

        return [.. stream.Documents.Select(document => Convert(document.RootNode, markerMeansUnknown))];
    }

    private static PolicyValue Convert(YamlNode node, bool markerMeansUnknown) => node switch
    {
        YamlMappingNode map => PolicyValue.Map(map.Children
            .Where(entry => entry.Key is YamlScalarNode)
            .Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? "", Convert(entry.Value, markerMeansUnknown)))),
        YamlSequenceNode list => PolicyValue.List(list.Children.Select(item => Convert(item, markerMeansUnknown))),
        YamlScalarNode scalar => Scalar(scalar, markerMeansUnknown),
        _ => PolicyValue.Null,
    };

    private static PolicyValue Scalar(YamlScalarNode scalar, bool markerMeansUnknown)
    {
        var text = scalar.Value ?? "";
        if (markerMeansUnknown && text.Contains(PolicyUnknown.TextMarker, StringComparison.Ordinal))
        {
            return PolicyValue.Unknown();
        }

        if (scalar.Style is not ScalarStyle.Plain)
        {
            return PolicyValue.Of(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => PolicyValue.Null,
            "true" or "True" or "TRUE" => PolicyValue.Of(true),
            "false" or "False" or "FALSE" => PolicyValue.Of(false),
            _ when NumberShape().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => PolicyValue.Of(number),
            _ => PolicyValue.Of(text),
        };
    }

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex NumberShape();
}
