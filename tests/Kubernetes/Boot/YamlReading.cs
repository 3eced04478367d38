using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Kubernetes.Boot;

/// <summary>Reads rendered documents back with YamlDotNet and walks them by key.</summary>
internal static class YamlReading
{
    public static IReadOnlyList<YamlMappingNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToList();
    }

    public static YamlMappingNode Single(string yaml) => Assert.Single(Documents(yaml));

    public static YamlMappingNode OfKind(string yaml, string kind) =>
        Assert.Single(Documents(yaml), document => Text(document, "kind") == kind);

    public static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            var map = Assert.IsType<YamlMappingNode>(node);
            Assert.True(map.Children.TryGetValue(new YamlScalarNode(key), out var child), $"missing key '{key}' in path {string.Join('.', path)}");
            node = child!;
        }

        return node;
    }

    public static bool Has(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return false;
            }

            node = child;
        }

        return true;
    }

    public static string Text(YamlNode node, params string[] path) => Assert.IsType<YamlScalarNode>(Node(node, path)).Value!;

    public static IReadOnlyList<YamlNode> List(YamlNode node, params string[] path) => Assert.IsType<YamlSequenceNode>(Node(node, path)).Children.ToList();

    public static IReadOnlyList<string> Texts(YamlNode node, params string[] path) =>
        List(node, path).Select(item => Assert.IsType<YamlScalarNode>(item).Value!).ToList();

    /// <summary>A kubeadm v1beta4 extraArgs list as name → value (names must be unique).</summary>
    public static IReadOnlyDictionary<string, string> Args(YamlNode node, params string[] path) =>
        List(node, path).ToDictionary(item => Text(item, "name"), item => Text(item, "value"));
}
