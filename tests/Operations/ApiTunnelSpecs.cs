using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Infra.Config;
using Kaws.Tests.Aws;
using Kaws.Tests.Kubernetes.Baseline;
using Kaws.Tests.Kubernetes.Boot;
using Kaws.Tests.Support;

namespace Kaws.Tests.Operations;

/// <summary>kaws:apiTunnelPort: the in-cluster baseline of an internal API, applied through a Session Manager port forward.</summary>
public sealed class ApiTunnelSpecs : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("kaws-tunnel-").FullName;

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public void With_a_tunnel_an_internal_api_gets_the_baseline_and_the_provider_dials_the_local_end_under_the_load_balancers_name()
    {
        var stack = AwsStacks.Compile("prod", ("kaws:apiTunnelPort", "16443"));
        var program = ProgramWriter.Write(stack.Program);

        Assert.NotEmpty(stack.KubernetesResources());
        Assert.Contains("server: \"https://127.0.0.1:16443\"\n", program, StringComparison.Ordinal);
        Assert.Contains("tls-server-name: \"${api-nlb.dnsName}\"\n", program, StringComparison.Ordinal);
        Assert.DoesNotContain("\":443\"", program, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfigWarnings.For(StackConfigBinder.Bind(AwsStacks.Raw("prod", ("kaws:apiTunnelPort", "16443")))),
            warning => warning.Contains("does not apply the in-cluster baseline", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_the_tunnel_changes_only_the_providers_kubeconfig_and_adds_the_baseline()
    {
        var before = AwsStacks.Compile("prod").ResourceBlocks();
        var after = AwsStacks.Compile("prod", ("kaws:apiTunnelPort", "16443")).ResourceBlocks();

        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.Equal(["cluster-api-provider"], before.Where(block => after[block.Key] != block.Value).Select(block => block.Key));
        Assert.All(after.Keys.Except(before.Keys), name => Assert.StartsWith("kubernetes-", name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("prod", "80", "Pulumi.prod.yaml: kaws:apiTunnelPort: expected an integer from 1024 to 65535, got '80'")]
    [InlineData("prod", "local", "Pulumi.prod.yaml: kaws:apiTunnelPort: expected an integer from 1024 to 65535, got 'local'")]
    [InlineData("dev", "16443", "Pulumi.dev.yaml: kaws:apiTunnelPort: only for an internal API (kaws:apiPublic false): a public API is reached directly")]
    public void A_tunnel_port_out_of_range_or_on_a_public_api_is_one_line_naming_the_key(string stackName, string port, string message)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(AwsStacks.Raw(stackName, ("kaws:apiTunnelPort", port))));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Kaws_tunnel_prints_a_shellcheck_clean_port_forward_through_a_running_master()
    {
        var result = KawsRun.Invoke(["tunnel", "prod"], workingDirectory: ProjectWithTunnel(16443));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        Assert.Contains("--filters Name=tag:kaws:cluster,Values='kaws-prod' Name=tag:kaws:role,Values=master Name=instance-state-name,Values=running", result.Out, StringComparison.Ordinal);
        Assert.Contains("API=\"$(pulumi stack output apiEndpoint --stack 'prod')\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("aws ssm start-session --region 'eu-west-1' --target \"$MASTER\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("--document-name AWS-StartPortForwardingSessionToRemoteHost", result.Out, StringComparison.Ordinal);
        Assert.Contains("--parameters \"host=$API,portNumber=443,localPortNumber=16443\"", result.Out, StringComparison.Ordinal);

        var script = Path.Combine(project, "tunnel.sh");
        File.WriteAllText(script, "#!/bin/bash\n" + result.Out);
        var (exitCode, output) = ExternalJudge.Run("shellcheck", "shellcheck", "--shell=bash", "--severity=style", script);
        Assert.True(exitCode == 0, output);
    }

    [Theory]
    [InlineData("prod", "kaws: error: Pulumi.prod.yaml: kaws:apiTunnelPort: not set; expected the local port the engine dials, e.g. 16443 (only for an internal API)\n")]
    [InlineData("nosuch", "kaws: error: Pulumi.nosuch.yaml: (file): no such stack file in ")]
    public void Kaws_tunnel_without_a_tunnel_port_or_stack_is_one_line_exit_2_and_prints_nothing(string stackName, string error)
    {
        var result = KawsRun.Invoke(["tunnel", stackName]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>A project directory whose prod stack file also sets kaws:apiTunnelPort.</summary>
    private string ProjectWithTunnel(int port)
    {
        var root = RepositoryRoot.Find();
        File.Copy(Path.Combine(root, "Pulumi.yaml"), Path.Combine(project, "Pulumi.yaml"));
        var stackFile = File.ReadAllText(Path.Combine(root, "Pulumi.prod.yaml"));
        Assert.Contains("\nconfig:\n", "\n" + stackFile, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(project, "Pulumi.prod.yaml"), stackFile.Replace("config:\n", $"config:\n  kaws:apiTunnelPort: \"{port}\"\n", StringComparison.Ordinal));
        return project;
    }
}
