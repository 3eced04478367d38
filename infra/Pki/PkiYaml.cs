using YamlDotNet.RepresentationModel;

namespace Kaws.Infra.Pki;

internal static class PkiYaml
{
    public static string Write(YamlNode root)
    {
        using var text = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        var written = text.ToString();
        return written.EndsWith("...\n", StringComparison.Ordinal) ? written[..^4] : written;
    }
}
