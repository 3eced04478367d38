using System.Text.RegularExpressions;
using Kaws.Tests.Support;

namespace Kaws.Tests.Docs;

/// <summary>
/// The docs cannot rot silently: every repository path, kaws command and config key that README.md
/// or docs/*.md names in backticks must exist in the code as it stands.
/// </summary>
public sealed partial class DocumentationSpecs
{
    // kaws:-prefixed camelCase names in the docs that are not config keys: RBAC groups and AWS tag keys.
    // (Config keys are camelCase, so hyphenated names such as kaws:break-glass are never taken for keys.)
    private static readonly HashSet<string> NotConfigKeys =
        ["kaws:admins", "kaws:viewers", "kaws:cluster", "kaws:role", "kaws:secret", "kaws:allowPublicIngress"];

    public static TheoryData<string> Documents() => new(DocumentPaths());

    private static IEnumerable<string> DocumentPaths()
    {
        var root = RepositoryRoot.Find();
        return Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Select(file => Path.GetRelativePath(root, file))
            .Order(StringComparer.Ordinal)
            .Prepend("README.md");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_repository_path_it_names_exists(string document)
    {
        var root = RepositoryRoot.Find();
        var missing = CodeSpans(document)
            .Where(span => RepositoryPath().IsMatch(span))
            .Select(span => span.TrimEnd('/'))
            .Where(path => !BuildOutput().IsMatch(path)) // made by a build, not part of a clean clone
            .Where(path => !File.Exists(Path.Combine(root, path)) && !Directory.Exists(Path.Combine(root, path)))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"{document} names paths that do not exist: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_kaws_command_it_names_is_a_real_command(string document)
    {
        var broken = new List<string>();
        foreach (var span in CodeSpans(document).Select(span => KawsInvocation().Match(span)).Where(match => match.Success))
        {
            var words = span.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .TakeWhile(word => CommandWord().IsMatch(word))
                .ToList();
            var result = KawsRun.Invoke([.. words, "--help"]);
            if (result.ExitCode != 0)
            {
                broken.Add($"kaws {string.Join(' ', words)}: {result.Error.Trim()}");
            }
        }

        Assert.True(broken.Count == 0, $"{document} names commands kaws does not have:\n{string.Join('\n', broken)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_config_key_it_names_is_a_key_kaws_reads(string document)
    {
        var unknown = new List<string>();
        foreach (var key in CodeSpans(document).SelectMany(span => ConfigKey().Matches(span)).Select(match => match.Value).Distinct())
        {
            if (NotConfigKeys.Contains(key))
            {
                continue;
            }

            // A key the binder does not read is rejected as "unknown key"; any other complaint is about the value.
            var result = KawsRun.Invoke(["compile"], new Dictionary<string, string>
            {
                ["PULUMI_STACK"] = "docs",
                ["PULUMI_CONFIG"] = $$"""{"aws:region":"eu-west-1","{{key}}":"0"}""",
            });
            if (result.Error.Contains("unknown key", StringComparison.Ordinal))
            {
                unknown.Add(key);
            }
        }

        Assert.True(unknown.Count == 0, $"{document} names config keys kaws does not read: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void The_checks_see_what_the_docs_name()
    {
        // Guards the extractors themselves: the operations runbook names paths, commands and keys.
        var spans = CodeSpans("docs/operations.md").ToList();
        Assert.Contains(spans, span => RepositoryPath().IsMatch(span));
        Assert.Contains(spans, span => KawsInvocation().IsMatch(span));
        Assert.Contains(spans, span => ConfigKey().IsMatch(span));
        Assert.DoesNotMatch(RepositoryPath(), "P/master/*");
    }

    [Fact]
    public void The_readme_links_every_document()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));
        foreach (var document in DocumentPaths().Where(path => path != "README.md"))
        {
            Assert.Contains($"({document})", readme, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> CodeSpans(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), document));
        text = FencedBlock().Replace(text, "");
        return InlineCode().Matches(text).Select(match => match.Groups[1].Value);
    }

    [GeneratedRegex("(?s)```.*?```")]
    private static partial Regex FencedBlock();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^(components|infra|policies|tests|docs|pubkeys|program|\.github|\.ci)(/[A-Za-z0-9_.-]+)*/?$|^Pulumi(\.[a-z]+)?\.yaml$|^Kaws\.Infra\.sln$")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"(^|/)(bin|obj)(/|$)")]
    private static partial Regex BuildOutput();

    [GeneratedRegex(@"^kaws (?<words>[a-z][a-z-]*( [a-z][a-z-]*)*)")]
    private static partial Regex KawsInvocation();

    [GeneratedRegex("^[a-z][a-z-]*$")]
    private static partial Regex CommandWord();

    [GeneratedRegex(@"(?<![\w/-])kaws:[a-z][A-Za-z0-9]*(?![\w:/-])")]
    private static partial Regex ConfigKey();
}
