using Kaws.Tests.Support;

namespace Kaws.Tests.PkiCli;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AdminRequestSpecs
{
    [Theory]
    [InlineData("ecdsa", "id-ecPublicKey")]
    [InlineData("rsa", "rsaEncryption")]
    public void A_request_is_a_valid_csr_for_openssl_with_cn_user_and_one_o_per_group(string algorithm, string publicKeyType)
    {
        using var workspace = new PkiWorkspace();
        var (key, csr) = workspace.Request("alice", "kaws:admins,team-a", "--key-algorithm", algorithm);

        var (code, output) = PkiWorkspace.Run("openssl", "req", "-in", csr, "-noout", "-verify", "-text", "-nameopt", "RFC2253");

        Assert.True(code == 0, output);
        Assert.Contains("verify OK", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Subject: CN=alice,O=team-a,O=kaws:admins", output);
        Assert.Contains(publicKeyType, output);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Contains("PRIVATE KEY", File.ReadAllText(key));
        Assert.Equal(0, PkiWorkspace.Run("openssl", "pkey", "-in", key, "-noout").ExitCode);
    }

    [Fact]
    public void Request_prints_paths_but_never_key_material()
    {
        using var workspace = new PkiWorkspace();
        var output = workspace.PathOf("out");

        var result = KawsRun.Invoke(["pki", "request", "--user", "alice", "--groups", "kaws:admins", "--out", output]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Path.Combine(output, "alice.key"), result.Out);
        var keyBody = File.ReadAllLines(Path.Combine(output, "alice.key"))[1];
        Assert.DoesNotContain(keyBody, result.Out + result.Error);
        Assert.DoesNotContain("PRIVATE", result.Out + result.Error);
        Assert.Equal(["alice.csr", "alice.key"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetDirectories(workspace.Root, ".out.kaws-staging-*", SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public void Request_refuses_to_overwrite_an_existing_key_and_leaves_no_partial_output()
    {
        using var workspace = new PkiWorkspace();
        var output = workspace.PathOf("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "alice.key"), "old");

        var result = KawsRun.Invoke(["pki", "request", "--user", "alice", "--groups", "kaws:admins", "--out", output]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kaws: error: {Path.Combine(output, "alice.key")}: already exists; kaws does not overwrite key material or certificates (choose another --out)\n", result.Error);
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "alice.key")));
        Assert.False(File.Exists(Path.Combine(output, "alice.csr")));
        Assert.Empty(Directory.GetDirectories(workspace.Root, ".out.kaws-staging-*"));
    }

    [Theory]
    [InlineData(new[] { "pki", "request", "--groups", "g", "--out", "x" }, "kaws: error: Option '--user' is required. (see kaws --help)\n")]
    [InlineData(new[] { "pki", "request", "--user", "al ice", "--groups", "g", "--out", "x" }, "kaws: error: --user: 'al ice' is not a user name (letters, digits, '.', '_', '@', '-')\n")]
    [InlineData(new[] { "pki", "request", "--user", "alice", "--groups", "g,,h", "--out", "x" }, "kaws: error: --groups: 'g,,h' has an empty group; expected G1,G2\n")]
    [InlineData(new[] { "pki", "request", "--user", "alice", "--groups", "g", "--out", "x", "--key-algorithm", "dsa" }, "kaws: error: --key-algorithm: 'dsa' is not supported; expected ecdsa (P-256) or rsa (3072 bits)\n")]
    [InlineData(new[] { "pki", "csr-object", "--csr", "c", "--signature", "s", "--admins", "a", "--validity", "soon" }, "kaws: error: --validity: 'soon' is not a duration; expected a number and a unit s, m, h or d, e.g. 24h\n")]
    [InlineData(new[] { "pki", "csr-object", "--csr", "c", "--signature", "s", "--admins", "a", "--validity", "8d" }, "kaws: error: --validity: '8d' exceeds --max-validity 7d; admin certificates are short-lived (revocation is by expiry)\n")]
    [InlineData(new[] { "pki", "csr-object", "--csr", "c", "--signature", "s", "--admins", "a", "--validity", "5m" }, "kaws: error: --validity: '5m' is shorter than the minimum of 10m\n")]
    public void Bad_arguments_are_one_line_and_exit_2(string[] args, string expected)
    {
        var result = KawsRun.Invoke(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error);
        Assert.Equal("", result.Out);
    }
}
