namespace Kaws.Tests.Policies;

/// <summary>One plugin process for all of <see cref="AnalyzerPluginSpecs"/>, with a stack override in PULUMI_CONFIG.</summary>
public sealed class AnalyzerPluginFixture : IDisposable
{
    public const string PulumiConfig = """{"aws:region":"eu-west-1","kaws:policyOverrides":"{\"kms-key-rotation\":\"advisory\"}"}""";

    public AnalyzerPlugin Plugin { get; } = AnalyzerPlugin.Start(PulumiConfig);

    public void Dispose() => Plugin.Dispose();
}
