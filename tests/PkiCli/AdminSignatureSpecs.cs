using Kaws.Tests.Support;

namespace Kaws.Tests.PkiCli;

/// <summary>kaws pki sign and verify, judged by gpg in both directions.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AdminSignatureSpecs
{
    [Fact]
    public void A_csr_signed_by_gpg_with_the_listed_key_is_accepted()
    {
        using var workspace = new PkiWorkspace();
        var alice = workspace.GenerateKey("Alice <alice@example.org>");
        workspace.ListAdmins(("alice", alice, "kaws:admins, team-a"));
        var (_, csr) = workspace.Request("alice", "kaws:admins,team-a");
        workspace.GpgSign(alice, csr);

        var result = workspace.Verify(csr);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"ok: {csr} requests CN=alice groups=[kaws:admins, team-a], signed by admin alice ({alice})\n", result.Out);
    }

    [Fact]
    public void A_signature_by_a_signing_subkey_of_the_listed_primary_is_accepted()
    {
        using var workspace = new PkiWorkspace();
        var alice = workspace.GenerateKey("Alice <alice@example.org>");
        workspace.AddSigningSubkey(alice);
        workspace.ListAdmins(("alice", alice, "kaws:admins"));
        var (_, csr) = workspace.Request("alice", "kaws:admins");
        workspace.GpgSign(alice, csr);

        var result = workspace.Verify(csr);

        Assert.True(result.ExitCode == 0, result.Error);
        var signer = result.Out.Split('(')[1].TrimEnd(')', '\n');
        Assert.NotEqual(alice, signer);
        Assert.Matches("^[0-9A-F]{40}$", signer);
    }

    [Fact]
    public void Kaws_own_signature_passes_gpg_verify_and_kaws_verify()
    {
        using var workspace = new PkiWorkspace();
        var alice = workspace.GenerateKey("Alice <alice@example.org>");
        workspace.ListAdmins(("alice", alice, "kaws:admins"));
        var (_, csr) = workspace.Request("alice", "kaws:admins");

        var signed = KawsRun.Invoke(["pki", "sign", "--csr", csr, "--secret-key", workspace.ExportSecretKey(alice)]);

        Assert.True(signed.ExitCode == 0, signed.Error);
        Assert.Equal($"signature: {csr}.asc\n", signed.Out);
        Assert.StartsWith("-----BEGIN PGP SIGNATURE-----", File.ReadAllText(csr + ".asc"));
        var (code, output) = workspace.Gpg("--batch", "--status-fd", "1", "--verify", csr + ".asc", csr);
        Assert.True(code == 0, output);
        Assert.Contains($"VALIDSIG {alice}", output);
        Assert.Equal(0, workspace.Verify(csr).ExitCode);
    }

    [Fact]
    public void A_protected_secret_key_is_unlocked_only_with_the_right_passphrase_file()
    {
        using var workspace = new PkiWorkspace();
        var alice = workspace.GenerateKey("Alice <alice@example.org>", passphrase: "correct horse");
        var secret = workspace.ExportSecretKey(alice, passphrase: "correct horse");
        var (_, csr) = workspace.Request("alice", "kaws:admins");
        var wrong = workspace.PathOf("wrong");
        var right = workspace.PathOf("right");
        File.WriteAllText(wrong, "battery staple\n");
        File.WriteAllText(right, "correct horse\n");

        var refused = KawsRun.Invoke(["pki", "sign", "--csr", csr, "--secret-key", secret, "--passphrase-file", wrong]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Matches($"^kaws: error: {System.Text.RegularExpressions.Regex.Escape(secret)}: cannot unlock the secret key [0-9A-F]{{16}} \\(wrong or missing --passphrase-file\\)\n$", refused.Error);
        Assert.False(File.Exists(csr + ".asc"));

        var signed = KawsRun.Invoke(["pki", "sign", "--csr", csr, "--secret-key", secret, "--passphrase-file", right]);
        Assert.True(signed.ExitCode == 0, signed.Error);
        var (code, output) = workspace.Gpg("--batch", "--status-fd", "1", "--verify", csr + ".asc", csr);
        Assert.True(code == 0, output);
        Assert.Contains($"VALIDSIG {alice}", output);
    }
}
