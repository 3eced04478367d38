using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Tests.Aws;

namespace Kaws.Tests.Kubernetes.Baseline;

/// <summary>The dev stack (public API, so the baseline is on) compiled with changes, and its kubernetes resources.</summary>
internal static class BaselineStacks
{
    public const string GvisorGroups = """[{"name":"general","instanceType":"t3.large","min":1,"desired":2,"max":3},{"name":"sandbox","instanceType":"m7i.large","min":1,"desired":1,"max":2,"labels":{"kaws.io/sandbox":"gvisor"},"taints":[{"key":"kaws.io/sandbox","value":"gvisor","effect":"NoSchedule"}]}]""";

    public static CompiledStack Dev(params (string Key, string Value)[] changes) => AwsStacks.Compile("dev", changes);

    public static List<CompiledResource> KubernetesResources(this CompiledStack stack) =>
        [.. stack.Program.Resources.Where(resource => resource.Package == "kubernetes" && !resource.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal))];

    /// <summary>A nested property of a value (a map), or null.</summary>
    public static Value? Property(this Value? value, params string[] path)
    {
        foreach (var step in path)
        {
            value = value is MapValue map ? map[step] : null;
        }

        return value;
    }

    public static CompiledResource Release(this CompiledStack stack, string chart) =>
        Assert.Single(stack.Program.OfType("kubernetes:helm.sh/v3:Release"), resource => resource.Property("chart").Text() == chart);
}
