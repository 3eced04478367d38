using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

public class DeterminismSpecs
{
    [Theory]
    [MemberData(nameof(BootFixtures.BothClusters), MemberType = typeof(BootFixtures))]
    public void Two_renders_of_the_same_settings_are_identical(string cluster)
    {
        var first = BootDocumentBuilder.Build(BootFixtures.Named(cluster));
        var second = BootDocumentBuilder.Build(BootFixtures.Named(cluster));

        Assert.Equal(first, second);
        Assert.Equal(UserDataEncoding.Encode(first.MasterCloudInit), UserDataEncoding.Encode(second.MasterCloudInit));
    }

    [Fact]
    public void A_different_setting_changes_the_documents()
    {
        var first = BootDocumentBuilder.Build(BootFixtures.Development);
        var second = BootDocumentBuilder.Build(BootFixtures.Development with { ClusterDomain = "kaws.internal" });

        Assert.NotEqual(first.MasterKubeadmConfig, second.MasterKubeadmConfig);
        Assert.Equal(first.MasterAuditPolicy, second.MasterAuditPolicy);
    }

    [Fact]
    public void Documents_use_unix_line_endings_and_end_with_a_newline()
    {
        foreach (var (_, text) in BootDocumentBuilder.Build(BootFixtures.Production).Files)
        {
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
        }
    }
}
