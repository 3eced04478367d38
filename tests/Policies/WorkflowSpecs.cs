using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Policies;

/// <summary>The CI workflows users get: they parse, gate on plan, run the policy pack and name only paths that exist.</summary>
public sealed class WorkflowSpecs
{
    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string> Workflows => ["preview.yml", "up.yml"];

    private static YamlMappingNode Load(string workflow)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github", "workflows", workflow))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IEnumerable<(string Job, YamlMappingNode Step)> Steps(YamlMappingNode workflow) =>
        Map(workflow, "jobs").Children.SelectMany(job =>
            ((YamlSequenceNode)((YamlMappingNode)job.Value).Children[new YamlScalarNode("steps")]).Children.Select(step => (((YamlScalarNode)job.Key).Value!, (YamlMappingNode)step)));

    /// <summary>The repository paths a workflow names: run-command arguments that look like paths, --project targets, path inputs.</summary>
    private static IEnumerable<string> NamedPaths(YamlMappingNode workflow)
    {
        foreach (var (_, step) in Steps(workflow))
        {
            if (Scalar(step, "run") is { } run)
            {
                var words = run.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
                for (var index = 0; index < words.Length; index++)
                {
                    var word = words[index];
                    if (index > 0 && words[index - 1] == "--project")
                    {
                        yield return word;
                    }
                    else if (!word.StartsWith('-') && !word.Contains("://", StringComparison.Ordinal) &&
                        (word.Contains('/', StringComparison.Ordinal) || word.EndsWith(".sln", StringComparison.Ordinal) || word.EndsWith(".csproj", StringComparison.Ordinal)))
                    {
                        yield return word;
                    }
                }
            }

            if (((YamlMappingNode)step).Children.TryGetValue(new YamlScalarNode("with"), out var with))
            {
                foreach (var input in new[] { "global-json-file", "policyPacks", "work-dir" })
                {
                    if (Scalar(with, input) is { } path)
                    {
                        yield return path;
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_workflow_names_only_paths_that_exist(string workflow)
    {
        var paths = NamedPaths(Load(workflow)).Distinct().ToList();

        Assert.Contains("policies", paths);
        Assert.Contains("infra", paths);
        Assert.All(paths, path => Assert.True(
            File.Exists(Path.Combine(Root, path)) || Directory.Exists(Path.Combine(Root, path)),
            $"{workflow} names '{path}', which is not in the repository"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_workflow_gates_on_the_offline_plan_of_both_stacks_and_grants_least_permissions(string workflow)
    {
        var yaml = Load(workflow);
        var runs = Steps(yaml).Select(step => Scalar(step.Step, "run")).OfType<string>().ToList();

        Assert.Contains("dotnet run --project infra -c Release --no-build -- plan dev", runs);
        Assert.Contains("dotnet run --project infra -c Release --no-build -- plan prod", runs);
        Assert.Contains("tests/run --no-build", runs);
        var top = Map(yaml, "permissions");
        Assert.Equal("read", Scalar(top, "contents"));
        Assert.Single(top.Children);
        Assert.NotNull(Scalar(Map(yaml, "concurrency"), "group"));
        foreach (var (job, step) in Steps(yaml).Where(step => Scalar(step.Step, "uses")?.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal) == true))
        {
            Assert.Equal("write", Scalar(Map(Map(Map(yaml, "jobs"), job), "permissions"), "id-token"));
            Assert.Equal("${{ secrets.AWS_ROLE_ARN }}", Scalar(Map(step, "with"), "role-to-assume"));
        }
    }

    [Fact]
    public void Pull_requests_preview_dev_with_the_policy_pack_and_comment()
    {
        var yaml = Load("preview.yml");
        var pulumi = Steps(yaml).Single(step => Scalar(step.Step, "uses") == "pulumi/actions@v6");
        var with = Map(pulumi.Step, "with");

        Assert.True(Map(yaml, "on").Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Equal("preview", Scalar(with, "command"));
        Assert.Equal("policies", Scalar(with, "policyPacks"));
        Assert.Equal("true", Scalar(with, "comment-on-pr"));
        Assert.Contains("dev", Scalar(with, "stack-name"));
        Assert.Equal("${{ secrets.PULUMI_ACCESS_TOKEN }}", Scalar(Map(pulumi.Step, "env"), "PULUMI_ACCESS_TOKEN"));
        Assert.Equal("write", Scalar(Map(Map(Map(yaml, "jobs"), pulumi.Job), "permissions"), "pull-requests"));
    }

    [Fact]
    public void Pushes_to_main_update_dev_then_prod_behind_the_prod_environment()
    {
        var yaml = Load("up.yml");
        var jobs = Map(yaml, "jobs");
        var prod = Map(jobs, "prod");

        Assert.Equal("main", ((YamlScalarNode)((YamlSequenceNode)Map(Map(yaml, "on"), "push").Children[new YamlScalarNode("branches")]).Children.Single()).Value);
        Assert.Equal("dev", Scalar(prod, "needs"));
        Assert.Equal("prod", Scalar(prod, "environment"));
        Assert.Equal("dev", Scalar(Map(jobs, "dev"), "environment"));
        Assert.Equal("false", Scalar(Map(yaml, "concurrency"), "cancel-in-progress"));
        foreach (var (job, step) in Steps(yaml).Where(step => Scalar(step.Step, "uses") == "pulumi/actions@v6"))
        {
            Assert.Equal("up", Scalar(Map(step, "with"), "command"));
            Assert.Equal("policies", Scalar(Map(step, "with"), "policyPacks"));
            Assert.Contains(job, Scalar(Map(step, "with"), "stack-name"));
        }
    }
}
