using System.Text.RegularExpressions;
using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

public partial class SecretHygieneSpecs
{
    public static IEnumerable<object[]> AllDocuments() =>
        from cluster in new[] { "Development", "Production" }
        from file in BootDocumentBuilder.Build(BootFixtures.Named(cluster)).Files
        select new object[] { cluster, file.Key };

    private static string Document(string cluster, string file) =>
        BootDocumentBuilder.Build(BootFixtures.Named(cluster)).Files.Single(entry => entry.Key == file).Value;

    [Theory]
    [MemberData(nameof(AllDocuments))]
    public void No_document_holds_anything_that_looks_like_a_secret(string cluster, string file)
    {
        var text = Document(cluster, file);

        Assert.DoesNotMatch(PrivateKeyBlock(), text);
        Assert.DoesNotMatch(CertificateBlock(), text);
        Assert.DoesNotMatch(BootstrapToken(), text);
        Assert.DoesNotMatch(Base64Key(), text);
        Assert.DoesNotMatch(AwsAccessKey(), text);
        Assert.DoesNotMatch(CaHash(), text);
    }

    [Theory]
    [MemberData(nameof(AllDocuments))]
    public void Every_placeholder_is_a_known_one(string cluster, string file)
    {
        var known = BootPlaceholders.Secret.Concat(BootPlaceholders.HostFacts).ToHashSet();

        var found = Placeholder().Matches(Document(cluster, file)).Select(match => match.Value).ToHashSet();

        Assert.Subset(known, found);
    }

    [Fact]
    public void A_master_carries_the_secret_placeholders_it_fills_in()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development);

        Assert.Contains(BootPlaceholders.EncryptionKey, documents.MasterEncryptionConfig, StringComparison.Ordinal);
        Assert.Contains(BootPlaceholders.MasterBootstrapToken, documents.MasterKubeadmConfig, StringComparison.Ordinal);
        Assert.Contains(BootPlaceholders.NodeBootstrapToken, documents.MasterKubeadmConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_never_refers_to_master_secrets()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development);

        foreach (var text in new[] { documents.NodeCloudInit, documents.NodeKubeadmConfig })
        {
            Assert.DoesNotContain(BootPlaceholders.EncryptionKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(BootPlaceholders.MasterBootstrapToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain("/master/", text, StringComparison.Ordinal);
        }

        Assert.Contains(BootPlaceholders.NodeBootstrapToken, documents.NodeKubeadmConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hygiene_patterns_do_catch_real_secret_shapes()
    {
        Assert.Matches(BootstrapToken(), "token: abcdef.0123456789abcdef");
        Assert.Matches(Base64Key(), "secret: " + Convert.ToBase64String(new byte[32]));
        Assert.Matches(PrivateKeyBlock(), "-----BEGIN EC PRIVATE KEY-----");
    }

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex("-----BEGIN CERTIFICATE-----")]
    private static partial Regex CertificateBlock();

    [GeneratedRegex(@"\b[a-z0-9]{6}\.[a-z0-9]{16}\b")]
    private static partial Regex BootstrapToken();

    [GeneratedRegex(@"[A-Za-z0-9+/]{43}=")]
    private static partial Regex Base64Key();

    [GeneratedRegex(@"\b(AKIA|ASIA)[A-Z0-9]{16}\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"(?<!@)sha256:[0-9a-f]{64}")]
    private static partial Regex CaHash();

    [GeneratedRegex("__KAWS_[A-Z0-9_]+?__")]
    private static partial Regex Placeholder();
}
