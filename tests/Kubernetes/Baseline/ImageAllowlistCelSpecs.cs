using System.Diagnostics;
using System.Text.Json;
using Kaws.Kubernetes.Baseline;
using Kaws.Tests.Support;

namespace Kaws.Tests.Kubernetes.Baseline;

/// <summary>
/// The image-allowlist CEL run by a real CEL evaluator (@bufbuild/cel under node, installed by tests/run from
/// cel-judge/package-lock.json) on sample objects, and the same rule in C# (<see cref="ImageAllowlistExpression.Admits"/>)
/// checked to agree with it.
/// </summary>
public sealed class ImageAllowlistCelSpecs
{
    private static readonly string[] Allowlist = ["registry.k8s.io", "quay.io/tigera/", "docker.io/calico"];

    public static TheoryData<string, string, string[], bool> Samples => new()
    {
        { "Pod", """{"containers":[{"name":"a","image":"registry.k8s.io/pause:3.10"}]}""", ["registry.k8s.io/pause:3.10"], true },
        { "Pod", """{"containers":[{"name":"a","image":"registry.k8s.io/pause:3.10"}],"initContainers":[{"name":"i","image":"evil.example/x:1"}]}""", ["registry.k8s.io/pause:3.10", "evil.example/x:1"], false },
        { "Pod", """{"containers":[{"name":"a","image":"quay.io/tigera/operator:v1.38"}],"ephemeralContainers":[{"name":"e","image":"docker.io/library/busybox"}]}""", ["quay.io/tigera/operator:v1.38", "docker.io/library/busybox"], false },
        { "Pod", """{"containers":[{"name":"a","image":"registry.k8s.io.evil.example/pause"}]}""", ["registry.k8s.io.evil.example/pause"], false },
        { "Pod", """{"containers":[{"name":"a","image":"quay.io/tigerastripes/x"}]}""", ["quay.io/tigerastripes/x"], false },
        { "Pod", """{"containers":[{"name":"a","image":"calico/node:v3.30.3"}]}""", ["calico/node:v3.30.3"], false },
        { "Deployment", """{"template":{"spec":{"containers":[{"name":"a","image":"docker.io/calico/node:v3.30.3"}]}}}""", ["docker.io/calico/node:v3.30.3"], true },
        { "Deployment", """{"template":{"spec":{"containers":[{"name":"a","image":"ghcr.io/someone/tool"}]}}}""", ["ghcr.io/someone/tool"], false },
        { "CronJob", """{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"a","image":"registry.k8s.io/kubectl:v1.34.0"}]}}}}}""", ["registry.k8s.io/kubectl:v1.34.0"], true },
        { "CronJob", """{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"a","image":"registry.k8s.io/kubectl"}],"initContainers":[{"name":"i","image":"evil.example/i"}]}}}}}""", ["registry.k8s.io/kubectl", "evil.example/i"], false },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_policy_cel_admits_exactly_the_allowlisted_images(string kind, string spec, string[] images, bool admitted)
    {
        var verdict = Assert.Single(EvaluateCel([Object(kind, spec)]));

        Assert.Equal(admitted ? "admit" : "deny", verdict);
        Assert.Equal(admitted, ImageAllowlistExpression.Admits(Allowlist, images));
    }

    [Fact]
    public void Prefixes_end_in_a_slash_so_a_registry_name_cannot_be_extended()
    {
        Assert.Equal(["docker.io/calico/", "quay.io/tigera/", "registry.k8s.io/"], ImageAllowlistExpression.Prefixes(Allowlist).ToArray());
        Assert.False(ImageAllowlistExpression.Admits(["registry.k8s.io"], ["registry.k8s.io.attacker.example/pause"]));
        Assert.True(ImageAllowlistExpression.Admits(["registry.k8s.io"], ["registry.k8s.io/pause"]));
    }

    private static string Object(string kind, string spec) => $$"""{"kind":"{{kind}}","spec":{{spec}}}""";

    private static List<string> EvaluateCel(IEnumerable<string> objects)
    {
        var judge = Path.Combine(RepositoryRoot.Find(), "tests", "Kubernetes", "Baseline", "cel-judge");
        Assert.True(
            Directory.Exists(Path.Combine(judge, "node_modules", "@bufbuild", "cel")),
            $"the CEL evaluator is not installed: run tests/run, or npm ci --prefix {judge}");
        var input = $$"""
            {"podSpec":{{JsonSerializer.Serialize(ImageAllowlistExpression.PodSpecVariable)}},
             "images":{{JsonSerializer.Serialize(ImageAllowlistExpression.ImagesVariable)}},
             "validation":{{JsonSerializer.Serialize(ImageAllowlistExpression.Validation(Allowlist))}},
             "objects":[{{string.Join(",", objects)}}]}
            """;
        var (exitCode, output, errors) = Node(judge, input);
        Assert.True(exitCode == 0, $"the CEL judge failed: {errors}");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static (int ExitCode, string Output, string Errors) Node(string directory, string input)
    {
        var node = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(entry => Path.Combine(entry, "node")).FirstOrDefault(File.Exists);
        Assert.True(node is not null, "'node' is not installed; the image-allowlist CEL spec needs it as a judge: apt-get install -y nodejs npm");
        var start = new ProcessStartInfo(node!, "judge.mjs")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the CEL judge did not finish within a minute");
        return (process.ExitCode, output.Result, errors.Result);
    }
}
