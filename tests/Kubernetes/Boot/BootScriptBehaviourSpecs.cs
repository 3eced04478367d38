using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

/// <summary>Runs functions of the real boot script under bash, outside any instance.</summary>
public sealed partial class BootScriptBehaviourSpecs : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-boot-script-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Function(string name)
    {
        var script = BootScript.RenderNode(BootFixtures.Development);
        var match = Regex.Match(script, $@"^{name}\(\) {{\n.*?^}}\n", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"the boot script has no function {name}");
        return match.Value;
    }

    private (int ExitCode, string Output) Bash(string body)
    {
        var file = Path.Combine(scratch, "run.sh");
        File.WriteAllText(file, "set -euo pipefail\n" + Function("log") + Function("fail") + body);
        return ExternalJudge.Run("bash", "bash", file);
    }

    [Fact]
    public void Substitution_inserts_a_secret_literally_even_with_shell_and_pattern_characters()
    {
        var file = Path.Combine(scratch, "config.yaml");
        File.WriteAllText(file, "token: \"__KAWS_SECRET_NODE_BOOTSTRAP_TOKEN__\"\nagain: __KAWS_SECRET_NODE_BOOTSTRAP_TOKEN__\n");
        const string value = @"a&b/c\d*$x";

        var (exitCode, output) = Bash(Function("substitute") + $"substitute {ShellText.Quote(file)} __KAWS_SECRET_NODE_BOOTSTRAP_TOKEN__ {ShellText.Quote(value)}\n");

        Assert.True(exitCode == 0, output);
        Assert.Equal($"token: \"{value}\"\nagain: {value}\n", File.ReadAllText(file));
        Assert.DoesNotContain(value, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitution_fails_loudly_when_the_placeholder_is_missing()
    {
        var file = Path.Combine(scratch, "config.yaml");
        File.WriteAllText(file, "nothing here\n");

        var (exitCode, output) = Bash(Function("substitute") + $"substitute {ShellText.Quote(file)} __KAWS_NODE_IP__ 10.0.0.1\n");

        Assert.Equal(1, exitCode);
        Assert.Contains($"kaws-boot: placeholder __KAWS_NODE_IP__ is missing from {file}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdef.0123456789abcdef", 0)]
    [InlineData("ABCDEF.0123456789abcdef", 1)]
    [InlineData("abcdef0123456789abcdef", 1)]
    public void Bootstrap_tokens_are_checked_before_use(string token, int expectedExit)
    {
        var (exitCode, output) = Bash(Function("check_token") + $"check_token {ShellText.Quote(token)} /kaws/demo/node/bootstrap-token\n");

        Assert.Equal(expectedExit, exitCode);
        Assert.DoesNotContain(token, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ca_hash_is_the_sha256_of_the_public_key_as_kubeadm_expects()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=kubernetes", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
        var file = Path.Combine(scratch, "ca.crt");
        File.WriteAllText(file, certificate.ExportCertificatePem() + "\n");
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));

        var (exitCode, output) = Bash(Function("ca_cert_hash") + $"ca_cert_hash {ShellText.Quote(file)}\n");

        Assert.True(exitCode == 0, output);
        Assert.Equal(expected + "\n", output);
    }
}
