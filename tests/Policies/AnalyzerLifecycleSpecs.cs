using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Kaws.Tests.Policies;

/// <summary>How the plugin process starts and stops: each spec runs its own process.</summary>
public sealed class AnalyzerLifecycleSpecs
{
    [Fact]
    public void The_plugin_stops_cleanly_when_the_engine_closes_its_stdin_having_printed_only_the_port()
    {
        using var plugin = AnalyzerPlugin.Start();
        Assert.InRange(plugin.Port, 1, 65535);

        var exit = plugin.CloseInputAndWait();

        Assert.Equal(0, exit);
        Assert.Equal("", plugin.Process.StandardOutput.ReadToEnd());
    }

    [Fact]
    public void The_plugin_stops_cleanly_on_sigterm()
    {
        using var plugin = AnalyzerPlugin.Start();
        Assert.Equal("kaws", plugin.Client.GetAnalyzerInfo(new Empty()).Name);

        using (var kill = Process.Start("kill", ["-TERM", plugin.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(plugin.Process.WaitForExit(TimeSpan.FromSeconds(15)), "the plugin did not stop within 15 s of SIGTERM");
        Assert.Equal(0, plugin.Process.ExitCode);
    }

    [Fact]
    public void A_bad_stack_override_in_pulumi_config_fails_every_analysis_call_with_a_clear_message()
    {
        using var plugin = AnalyzerPlugin.Start("""{"kaws:policyOverrides":"{\"no-such-rule\":\"advisory\"}"}""");

        var error = Assert.Throws<RpcException>(() => plugin.Client.GetAnalyzerInfo(new Empty()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("kaws:policyOverrides: 'no-such-rule' is not a kaws policy", error.Status.Detail);
        Assert.Equal(Kaws.Policies.KawsPolicyPack.Version, plugin.Client.GetPluginInfo(new Empty()).Version);
    }
}
