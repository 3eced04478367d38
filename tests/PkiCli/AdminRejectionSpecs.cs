namespace Kaws.Tests.PkiCli;

/// <summary>Every way verification refuses a CSR: its own exact one-line message, exit 1 (failed) or 2 (malformed input).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AdminRejectionSpecs : IDisposable
{
    private readonly PkiWorkspace _workspace = new();
    private readonly string _alice;
    private readonly string _csr;

    public AdminRejectionSpecs()
    {
        _alice = _workspace.GenerateKey("Alice <alice@example.org>");
        _workspace.ListAdmins(("alice", _alice, "kaws:admins"));
        _csr = _workspace.Request("alice", "kaws:admins").Csr;
    }

    private string AdminsFile => Path.Combine(_workspace.Admins, "admins.yaml");

    private void AssertRejected(int exitCode, string message, string? signature = null)
    {
        var result = _workspace.Verify(_csr, signature);
        Assert.Equal($"kaws: error: {message}\n", result.Error);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_csr_changed_after_signing_fails_the_openpgp_signature()
    {
        _workspace.GpgSign(_alice, _csr);
        var other = _workspace.Request("alice", "kaws:admins").Csr;
        File.Copy(other, _csr, overwrite: true);

        AssertRejected(1, $"{_csr}.asc: the OpenPGP signature does not match {_csr} (the CSR was changed after it was signed, or this signature is for another file)");
    }

    [Fact]
    public void A_csr_whose_own_signature_is_broken_is_refused_before_anything_else()
    {
        _workspace.GpgSign(_alice, _csr);
        var lines = File.ReadAllLines(_csr);
        var body = Convert.FromBase64String(string.Concat(lines[1..^1]));
        body[^5] ^= 0x01;
        File.WriteAllText(_csr, $"-----BEGIN CERTIFICATE REQUEST-----\n{Convert.ToBase64String(body, Base64FormattingOptions.InsertLineBreaks)}\n-----END CERTIFICATE REQUEST-----\n");

        AssertRejected(1, $"{_csr}: the CSR's own signature does not verify (the request was altered after it was made)");
    }

    [Fact]
    public void A_signature_by_an_unlisted_key_is_refused()
    {
        var mallory = _workspace.GenerateKey("Mallory <mallory@example.org>");
        _workspace.GpgSign(mallory, _csr);

        AssertRejected(1, $"{_csr}.asc: signed by key {mallory[^16..]}, which is not the primary key or a signing subkey of any admin fingerprint in {AdminsFile}");
    }

    [Fact]
    public void A_key_with_the_admins_exact_user_id_but_another_fingerprint_is_refused()
    {
        var impostor = _workspace.GenerateKey("Alice <alice@example.org>");
        Assert.NotEqual(_alice, impostor);
        _workspace.GpgSign(impostor, _csr);
        // The impostor's public key is even present in pubkeys/: only the listed fingerprint counts.
        PkiWorkspace.Expect(_workspace.Gpg("--batch", "--armor", "--yes", "--output", Path.Combine(_workspace.Admins, "impostor.asc"), "--export", impostor));

        AssertRejected(1, $"{_csr}.asc: signed by key {impostor[^16..]}, which is not the primary key or a signing subkey of any admin fingerprint in {AdminsFile}");
    }

    [Fact]
    public void A_cn_other_than_the_signing_admins_user_is_refused()
    {
        var bob = _workspace.Request("bob", "kaws:admins").Csr;
        _workspace.GpgSign(_alice, bob);

        var result = _workspace.Verify(bob);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kaws: error: {bob}: CN 'bob' does not match the signing admin's user name 'alice' (fingerprint {_alice})\n", result.Error);
    }

    [Fact]
    public void A_group_outside_the_admins_allowed_set_is_refused()
    {
        var csr = _workspace.Request("alice", "kaws:admins,system:masters").Csr;
        _workspace.GpgSign(_alice, csr);

        var result = _workspace.Verify(csr);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kaws: error: {csr}: group (O) 'system:masters' is not allowed for admin alice; allowed: kaws:admins\n", result.Error);
    }

    [Fact]
    public void A_signature_by_an_expired_key_is_refused()
    {
        var old = _workspace.GenerateKey("Old <old@example.org>", expiry: "1d", fakedTime: "20200101T000000!");
        _workspace.ListAdmins(("alice", old, "kaws:admins"));
        _workspace.GpgSign(old, _csr, "--faked-system-time", "20200101T010000!");

        AssertRejected(1, $"{_csr}.asc: admin alice's key {old} expired at 2020-01-02T00:00:00Z");
    }

    [Fact]
    public void An_expired_signature_is_refused()
    {
        var since2020 = _workspace.GenerateKey("Alice <alice@example.org>", fakedTime: "20200101T000000!");
        _workspace.ListAdmins(("alice", since2020, "kaws:admins"));
        _workspace.GpgSign(since2020, _csr, "--faked-system-time", "20250101T000000!", "--default-sig-expire", "1d");

        AssertRejected(1, $"{_csr}.asc: the signature expired at 2025-01-02T00:00:00Z");
    }

    [Fact]
    public void A_csr_made_by_openssl_with_a_p384_key_is_accepted()
    {
        var csr = _workspace.PathOf("openssl.csr");
        PkiWorkspace.Expect(PkiWorkspace.Run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-nodes",
            "-keyout", _workspace.PathOf("openssl.key"), "-out", csr, "-subj", "/O=kaws:admins/CN=alice"));
        _workspace.GpgSign(_alice, csr);

        var result = _workspace.Verify(csr);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void A_csr_with_a_weak_rsa_key_is_refused()
    {
        var csr = _workspace.PathOf("weak.csr");
        PkiWorkspace.Expect(PkiWorkspace.Run("openssl", "req", "-new", "-newkey", "rsa:1024", "-nodes",
            "-keyout", _workspace.PathOf("weak.key"), "-out", csr, "-subj", "/O=kaws:admins/CN=alice"));
        _workspace.GpgSign(_alice, csr);

        var result = _workspace.Verify(csr);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kaws: error: {csr}: the CSR's key is RSA-1024; expected RSA of at least 2048 bits or ECDSA on P-256 or P-384\n", result.Error);
    }

    [Fact]
    public void A_malformed_csr_exits_2()
    {
        _workspace.GpgSign(_alice, _csr);
        File.WriteAllText(_csr, "not a request\n");

        AssertRejected(2, $"{_csr}: not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----)");
    }

    [Fact]
    public void A_malformed_signature_exits_2()
    {
        File.WriteAllText(_csr + ".asc", "-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n");

        var result = _workspace.Verify(_csr);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kaws: error: {_csr}.asc: not an OpenPGP detached signature", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_missing_signature_file_exits_2()
    {
        var result = _workspace.Verify(_csr);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kaws: error: {_csr}.asc: cannot read the OpenPGP signature: ", result.Error);
    }

    [Theory]
    [InlineData("admins: [\n", "not valid YAML: ")]
    [InlineData("admin: []\n", "unknown key 'admin'; expected only 'admins'")]
    [InlineData("admins: {}\n", "admins: expected a list (use 'admins: []' for none)")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: ABCDEF0123456789\n    groups: [g]\n", "admins[0].fingerprint: expected the full 40-hex-digit OpenPGP v4 fingerprint of the primary key (gpg --fingerprint), not a key ID or user ID")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: Alice <alice@example.org>\n    groups: [g]\n", "admins[0].fingerprint: expected the full 40-hex-digit OpenPGP v4 fingerprint of the primary key (gpg --fingerprint), not a key ID or user ID")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: FPR\n    groups: []\n", "admins[0].groups: expected a non-empty list of group names")]
    [InlineData("admins:\n  - fingerprint: FPR\n    groups: [g]\n", "admins[0].user: missing; expected a non-empty string")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: FPR\n    groups: [g]\n    uid: Alice\n", "admins[0]: unknown key 'uid'; expected user, fingerprint and groups")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: FPR\n    groups: [g]\n  - user: alice\n    fingerprint: FPR\n    groups: [g]\n", "admins[1].user: 'alice' is listed twice")]
    [InlineData("admins:\n  - user: alice\n    fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567\n    groups: [g]\n", "admin alice: no public key with primary fingerprint 0123456789ABCDEF0123456789ABCDEF01234567 in PUBKEYS/*.asc")]
    public void A_malformed_admins_file_exits_2_naming_the_entry(string yaml, string problem)
    {
        _workspace.GpgSign(_alice, _csr);
        File.WriteAllText(AdminsFile, yaml.Replace("FPR", _alice, StringComparison.Ordinal));

        var result = _workspace.Verify(_csr);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kaws: error: {AdminsFile}: {problem.Replace("PUBKEYS", _workspace.Admins, StringComparison.Ordinal)}", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_malformed_public_key_file_exits_2()
    {
        _workspace.GpgSign(_alice, _csr);
        var broken = Path.Combine(_workspace.Admins, "broken.asc");
        File.WriteAllText(broken, "hello\n");

        var result = _workspace.Verify(_csr);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kaws: error: {broken}: not an OpenPGP public key (expected the output of gpg --armor --export FINGERPRINT)", result.Error);
    }

    [Fact]
    public void The_shipped_admins_file_is_valid_and_lists_nobody()
    {
        _workspace.GpgSign(_alice, _csr);
        var shipped = Path.Combine(Kaws.Tests.Support.RepositoryRoot.Find(), "pubkeys");

        var result = _workspace.Verify(_csr, null) with { };
        var againstShipped = Kaws.Tests.Support.KawsRun.Invoke(["pki", "verify", "--csr", _csr, "--signature", _csr + ".asc", "--admins", shipped]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, againstShipped.ExitCode);
        Assert.Equal($"kaws: error: {_csr}.asc: signed by key {_alice[^16..]}, which is not the primary key or a signing subkey of any admin fingerprint in {Path.Combine(shipped, "admins.yaml")}\n", againstShipped.Error);
    }

    public void Dispose() => _workspace.Dispose();
}
