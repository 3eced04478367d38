using System.Diagnostics;
using Kaws.Tests.Support;

namespace Kaws.Tests.PkiCli;

/// <summary>A temp directory with its own GNUPGHOME: gpg and openssl act as the judges of kaws pki.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PkiWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("kaws-pki-").FullName;

    public string GnupgHome => Path.Combine(Root, "gnupg");

    public string Admins => Path.Combine(Root, "pubkeys");

    public PkiWorkspace()
    {
        Directory.CreateDirectory(GnupgHome, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Admins);
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A new unprotected gpg key; returns its primary fingerprint.</summary>
    public string GenerateKey(string userId, string expiry = "0", string? fakedTime = null, string passphrase = "")
    {
        var arguments = new List<string> { "--batch", "--yes", "--status-fd", "1", "--passphrase", passphrase, "--pinentry-mode", "loopback" };
        if (fakedTime is not null)
        {
            arguments.AddRange(["--faked-system-time", fakedTime]);
        }

        arguments.AddRange(["--quick-gen-key", userId, "ed25519", "sign", expiry]);
        var (code, output) = Gpg([.. arguments]);
        Assert.True(code == 0, output);
        var created = output.Split('\n').Single(line => line.Contains("KEY_CREATED", StringComparison.Ordinal));
        return created.Split(' ').Last().Trim();
    }

    public void AddSigningSubkey(string fingerprint) =>
        Expect(Gpg("--batch", "--passphrase", "", "--pinentry-mode", "loopback", "--quick-add-key", fingerprint, "ed25519", "sign", "0"));

    public void GpgSign(string fingerprint, string file, params string[] extra) =>
        Expect(Gpg([.. extra, "--batch", "--yes", "--local-user", fingerprint, "--armor", "--detach-sign", file]));

    public string ExportSecretKey(string fingerprint, string passphrase = "")
    {
        var path = PathOf($"{fingerprint}.secret.asc");
        Expect(Gpg("--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase, "--armor", "--output", path, "--export-secret-keys", fingerprint));
        return path;
    }

    /// <summary>Writes admins.yaml with the given entries and exports each one's public key beside it.</summary>
    public void ListAdmins(params (string User, string Fingerprint, string Groups)[] admins)
    {
        var lines = new List<string> { "admins:" };
        foreach (var (user, fingerprint, groups) in admins)
        {
            lines.Add($"  - user: {user}");
            lines.Add($"    fingerprint: {fingerprint}");
            lines.Add($"    groups: [{groups}]");
            Expect(Gpg("--batch", "--armor", "--output", Path.Combine(Admins, $"{user}.asc"), "--yes", "--export", fingerprint));
        }

        File.WriteAllText(Path.Combine(Admins, "admins.yaml"), string.Join('\n', lines) + "\n");
    }

    /// <summary>kaws pki request into DIR/out-USER; returns (key, csr) paths.</summary>
    public (string Key, string Csr) Request(string user, string groups, params string[] extra)
    {
        var output = PathOf($"out-{user}-{Guid.NewGuid():N}");
        var result = KawsRun.Invoke(["pki", "request", "--user", user, "--groups", groups, "--out", output, .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return (Path.Combine(output, $"{user}.key"), Path.Combine(output, $"{user}.csr"));
    }

    public KawsRun.Result Verify(string csr, string? signature = null) =>
        KawsRun.Invoke(["pki", "verify", "--csr", csr, "--signature", signature ?? csr + ".asc", "--admins", Admins]);

    public (int ExitCode, string Output) Gpg(params string[] arguments) => Run("gpg", ["--homedir", GnupgHome, .. arguments]);

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(directory => Path.Combine(directory, tool)).FirstOrDefault(File.Exists);
        Assert.True(path is not null, $"'{tool}' is not installed; the pki specs need it as a judge: apt-get install -y {(tool == "gpg" ? "gnupg" : tool)}");
        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{tool} did not finish within two minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static void Expect((int ExitCode, string Output) run) => Assert.True(run.ExitCode == 0, run.Output);

    public void Dispose()
    {
        Run("gpgconf", "--homedir", GnupgHome, "--kill", "gpg-agent");
        Directory.Delete(Root, recursive: true);
    }
}
