using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Kaws.Kubernetes.Boot;
using Kaws.Tests.Kubernetes.Boot;

namespace Kaws.Tests.Pki;

/// <summary>
/// During a CA rotation the masters' ca.crt is a two-certificate bundle; the boot script's init-lock
/// check must accept a lock taken under either generation and still refuse a foreign CA.
/// </summary>
public sealed class CertificateBundleBootSpecs : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("kaws-pki-bundle-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void Every_certificate_of_a_bundle_gets_its_kubeadm_hash_in_order()
    {
        var (newer, newerHash) = Ca("kaws-kubernetes-ca-g2");
        var (older, olderHash) = Ca("kaws-kubernetes-ca-g1");
        var bundle = Write("ca.crt", newer + older);

        var (exitCode, output) = Bash(Functions(BootScript.RenderNode(BootFixtures.Development), "log", "fail", "ca_cert_hash", "ca_bundle_hashes")
            + $"ca_bundle_hashes {ShellText.Quote(bundle)}\n");

        Assert.True(exitCode == 0, output);
        Assert.Equal($"{newerHash}\n{olderHash}\n", output);
    }

    [Theory]
    [InlineData("older", 0)]
    [InlineData("newer", 0)]
    [InlineData("foreign", 1)]
    public void The_init_lock_may_name_any_trusted_generation_but_no_other_ca(string holder, int expectedExit)
    {
        var (newer, newerHash) = Ca("kaws-kubernetes-ca-g2");
        var (older, olderHash) = Ca("kaws-kubernetes-ca-g1");
        var (_, foreignHash) = Ca("someone-else");
        Write("ca.crt", newer + older);
        var lockHash = holder switch { "older" => olderHash, "newer" => newerHash, _ => foreignHash };

        var (exitCode, output) = Bash(
            $"PKI_DIR={ShellText.Quote(scratch)}\nSSM_PREFIX=/kaws/demo\nssm_value() {{ printf '%s\\n' '{lockHash} i-0123456789abcdef0'; }}\n"
            + Functions(BootScript.RenderMaster(BootFixtures.Development), "log", "fail", "ca_cert_hash", "ca_bundle_hashes", "check_init_lock")
            + "check_init_lock\n");

        Assert.True(exitCode == expectedExit, output);
        if (expectedExit != 0)
        {
            Assert.Contains("belongs to another cluster CA", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Control_plane_kubeconfigs_name_only_the_signing_ca_as_kubeadm_expects_during_a_rotation()
    {
        var (newer, _) = Ca("kaws-kubernetes-ca-g2");
        var (older, _) = Ca("kaws-kubernetes-ca-g1");
        Write("ca.crt", newer + older);
        Write("scheduler.crt", "client certificate\n");
        Write("scheduler.key", "client key\n");
        var kubeconfig = Path.Combine(scratch, "scheduler.conf");

        var (exitCode, output) = Bash(
            $"PKI_DIR={ShellText.Quote(scratch)}\nCREDENTIALS_DIR={ShellText.Quote(scratch)}\nCLUSTER_NAME=demo\n"
            + Functions(BootScript.RenderMaster(BootFixtures.Development), "write_kubeconfig")
            + $"write_kubeconfig {ShellText.Quote(kubeconfig)} system:kube-scheduler scheduler https://10.0.0.5:6443\n");

        Assert.True(exitCode == 0, output);
        var data = Regex.Match(File.ReadAllText(kubeconfig), "certificate-authority-data: (\\S+)").Groups[1].Value;
        Assert.Equal(newer.Trim(), System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(data)).Trim());
    }

    private (string Pem, string Hash) Ca(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
        return (certificate.ExportCertificatePem() + "\n", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo())));
    }

    private string Write(string file, string text)
    {
        var path = Path.Combine(scratch, file);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Functions(string script, params string[] names) => string.Concat(names.Select(name =>
    {
        var match = Regex.Match(script, $@"^[ \t]*{name}\(\) {{\n.*?^[ \t]*}}\n", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"the boot script has no function {name}");
        return match.Value;
    }));

    private (int ExitCode, string Output) Bash(string body)
    {
        var file = Path.Combine(scratch, "run.sh");
        File.WriteAllText(file, "set -euo pipefail\n" + body);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "bash did not finish within a minute");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
