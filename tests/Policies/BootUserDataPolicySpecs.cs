using Kaws.Kubernetes.Boot;
using Kaws.Policies;
using Kaws.Tests.Kubernetes.Boot;

namespace Kaws.Tests.Policies;

/// <summary>The pack on the user data components/Kubernetes/Boot really writes (gzip, base64), for both clusters.</summary>
public sealed class BootUserDataPolicySpecs
{
    public static IEnumerable<object[]> Clusters => BootFixtures.BothClusters();

    private static System.Collections.Immutable.ImmutableArray<PolicyResource> StackWithRealBoot(KubernetesBootSettings settings) =>
        CleanStack.Build()
            .Set(CleanStack.MasterTemplate, "userData", PolicyValue.Of(UserDataEncoding.Encode(CloudInitBuilder.Render(settings, BootRole.Master))))
            .Set(CleanStack.NodeTemplate, "userData", PolicyValue.Of(UserDataEncoding.Encode(CloudInitBuilder.Render(settings, BootRole.Node))));

    [Theory]
    [MemberData(nameof(Clusters))]
    public void The_real_master_and_node_user_data_pass_every_rule(string cluster)
    {
        var report = PolicyEngine.Evaluate(StackWithRealBoot(BootFixtures.Named(cluster)), PolicySettings.Default);

        Assert.True(report.Passed, report.ToText());
        Assert.Empty(report.ViolatedRules);
    }

    [Theory]
    [MemberData(nameof(Clusters))]
    public void The_rules_find_the_kubeadm_kubelet_and_encryption_documents_in_the_real_user_data(string cluster)
    {
        var master = StackWithRealBoot(BootFixtures.Named(cluster)).Single(resource => resource.Name == CleanStack.MasterTemplate);

        Assert.NotEmpty(UserDataReader.Documents(master, "ClusterConfiguration"));
        Assert.NotEmpty(UserDataReader.Documents(master, "KubeletConfiguration"));
        Assert.NotEmpty(UserDataReader.Documents(master, "EncryptionConfiguration"));
    }
}
