using Kaws.Kubernetes.Boot;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Kubernetes.Boot;

public sealed class NodeRegistrationSpecs
{
    private static readonly KubernetesBootSettings Labelled = BootFixtures.Development with
    {
        NodeLabels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["kaws.io/workload"] = "batch", ["team"] = "data" },
        NodeTaints = [new NodeTaintSetting("kaws.io/workload", "batch", "NoSchedule"), new NodeTaintSetting("dedicated", "", "NoExecute")],
    };

    [Fact]
    public void A_worker_registers_with_its_labels_and_taints()
    {
        var registration = (YamlMappingNode)KubeadmConfigBuilder.Join(Labelled, controlPlane: false)["nodeRegistration"];
        var arguments = ((YamlSequenceNode)registration["kubeletExtraArgs"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(argument => argument["name"].ToString(), argument => argument["value"].ToString());
        var taints = ((YamlSequenceNode)registration["taints"]).Children.Cast<YamlMappingNode>().ToList();

        Assert.Equal("kaws.io/workload=batch,team=data", arguments["node-labels"]);
        Assert.Equal(["kaws.io/workload", "dedicated"], taints.Select(taint => taint["key"].ToString()));
        Assert.Equal("batch", taints[0]["value"].ToString());
        Assert.False(taints[1].Children.ContainsKey(new YamlScalarNode("value")));
        Assert.Equal("NoExecute", taints[1]["effect"].ToString());
    }

    [Fact]
    public void Masters_and_unlabelled_workers_register_without_them()
    {
        var master = (YamlMappingNode)KubeadmConfigBuilder.Join(Labelled, controlPlane: true)["nodeRegistration"];
        var plain = (YamlMappingNode)KubeadmConfigBuilder.Join(BootFixtures.Development, controlPlane: false)["nodeRegistration"];

        foreach (var registration in new[] { master, plain })
        {
            Assert.False(registration.Children.ContainsKey(new YamlScalarNode("taints")));
            Assert.DoesNotContain("node-labels", registration["kubeletExtraArgs"].ToString());
        }
    }

    [Theory]
    [InlineData("kaws.io/workload", "batch", null)]
    [InlineData("node.kubernetes.io/pool", "a", null)]
    [InlineData("kubelet.kubernetes.io/x", "", null)]
    [InlineData("node-role.kubernetes.io/worker", "", "NodeRestriction")]
    [InlineData("kubernetes.io/role", "x", "NodeRestriction")]
    [InlineData("example.k8s.io/x", "y", "NodeRestriction")]
    [InlineData("Bad Key", "x", "is not a Kubernetes label key")]
    [InlineData("team", "has space", "label value")]
    public void Labels_follow_kubernetes_syntax_and_what_node_restriction_allows(string key, string value, string? problem)
    {
        var found = NodeRegistrationRules.LabelProblem(key, value);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Fact]
    public void Bad_labels_and_taints_are_settings_problems_naming_the_key()
    {
        var problems = (BootFixtures.Development with
        {
            NodeLabels = new SortedDictionary<string, string> { ["kubernetes.io/hostname"] = "x" },
            NodeTaints = [new NodeTaintSetting("k", "v", "Sometimes")],
        }).Validate();

        Assert.Contains(problems, problem => problem.StartsWith("nodeGroups.labels: label 'kubernetes.io/hostname' is under kubernetes.io", StringComparison.Ordinal));
        Assert.Contains("nodeGroups.taints: taint effect 'Sometimes' must be one of NoSchedule, PreferNoSchedule, NoExecute", problems);
    }
}
