using System.CommandLine;
using System.Text.RegularExpressions;
using Kaws.Infra.Cli;
using Org.BouncyCastle.OpenSsl;

namespace Kaws.Infra.Pki;

/// <summary>
/// <c>kaws pki request|sign|verify|issue|csr-object</c>: the admin certificate workflow. An admin CSR is trusted only
/// when a detached OpenPGP signature by a fingerprint listed in pubkeys/admins.yaml covers its exact bytes.
/// Exit codes: 0 ok, 1 verification failed, 2 bad command line or an unreadable/malformed input file.
/// Nothing private is ever printed; key files are created 0600.
/// </summary>
public static partial class PkiCommand
{
    public static Command Create(CliContext context) =>
        new("pki", "Admin certificates: request, sign, verify and issue, tied to OpenPGP fingerprints.")
        {
            RequestCommand(context), SignCommand(context), VerifyCommand(context), IssueCommand(context), CsrObjectCommand(context),
        };

    private static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    private static Command RequestCommand(CliContext context)
    {
        var user = Required("--user", "The user name (the certificate's CN).");
        var groups = Required("--groups", "Comma-separated Kubernetes groups (one O each).");
        var output = Required("--out", "Directory for USER.key (mode 0600) and USER.csr.");
        var algorithm = new Option<string>("--key-algorithm") { Description = "ecdsa (P-256, default) or rsa (3072 bits).", DefaultValueFactory = _ => "ecdsa" };
        var command = new Command("request", "Make a new key pair and a certificate request for an admin.") { user, groups, output, algorithm };
        command.SetAction(parsed => Guarded(context, () =>
        {
            var name = parsed.GetValue(user)!;
            if (!UserPattern().IsMatch(name))
            {
                throw PkiFailure.BadInput($"--user: '{name}' is not a user name (letters, digits, '.', '_', '@', '-')");
            }

            var groupList = parsed.GetValue(groups)!.Split(',', StringSplitOptions.TrimEntries);
            if (groupList.Any(group => group.Length == 0))
            {
                throw PkiFailure.BadInput($"--groups: '{parsed.GetValue(groups)}' has an empty group; expected G1,G2");
            }

            var made = AdminCertificateRequest.Create(name, groupList, parsed.GetValue(algorithm)!);
            using var staged = new StagedOutput(parsed.GetValue(output)!);
            var keyPath = staged.WritePrivate($"{name}.key", made.PrivateKeyPem);
            var csrPath = staged.WritePublic($"{name}.csr", made.RequestPem);
            staged.Commit();
            context.Out.WriteLine($"private key: {keyPath} (mode 0600; never leaves this machine)");
            context.Out.WriteLine($"request:     {csrPath}");
            context.Out.WriteLine($"next: gpg --armor --detach-sign {csrPath}  (or: kaws pki sign --csr {csrPath} --secret-key FILE)");
        }));
        return command;
    }

    private static Command SignCommand(CliContext context)
    {
        var csr = Required("--csr", "The certificate request to sign.");
        var secretKey = Required("--secret-key", "The admin's OpenPGP secret key (gpg --armor --export-secret-keys).");
        var passphraseFile = new Option<string>("--passphrase-file") { Description = "A file whose first line is the secret key's passphrase." };
        var command = new Command("sign", "Sign a CSR with an admin's OpenPGP key: writes CSR.asc, a detached armored signature.") { csr, secretKey, passphraseFile };
        command.SetAction(parsed => Guarded(context, () =>
        {
            var csrPath = parsed.GetValue(csr)!;
            var content = PkiFiles.ReadBytes(csrPath, "CSR");
            var passphrase = parsed.GetValue(passphraseFile) is { } file
                ? System.Text.Encoding.UTF8.GetString(PkiFiles.ReadBytes(file, "passphrase file")).Split('\n')[0].TrimEnd('\r').ToCharArray()
                : [];
            var armored = OpenPgpDetachedSigner.Sign(content, parsed.GetValue(secretKey)!, passphrase);
            var signaturePath = Path.GetFullPath(csrPath) + ".asc";
            using var staged = new StagedOutput(Path.GetDirectoryName(signaturePath)!);
            staged.WritePublic(Path.GetFileName(signaturePath), armored);
            staged.Commit();
            context.Out.WriteLine($"signature: {signaturePath}");
        }));
        return command;
    }

    private static (Option<string> Csr, Option<string> Signature, Option<string> Admins) VerificationOptions() =>
        (Required("--csr", "The admin's certificate request (PEM)."),
         Required("--signature", "The detached OpenPGP signature of the CSR (CSR.asc)."),
         Required("--admins", "The directory with admins.yaml and the admins' *.asc public keys (pubkeys/)."));

    private static Command VerifyCommand(CliContext context)
    {
        var (csr, signature, admins) = VerificationOptions();
        var command = new Command("verify", "Verify an admin CSR and its OpenPGP signature against pubkeys/.") { csr, signature, admins };
        command.SetAction(parsed => Guarded(context, () =>
        {
            var verified = AdminRequestVerifier.Verify(parsed.GetValue(csr)!, parsed.GetValue(signature)!, parsed.GetValue(admins)!, DateTime.UtcNow);
            context.Out.WriteLine(
                $"ok: {parsed.GetValue(csr)} requests CN={verified.User} groups=[{string.Join(", ", verified.Groups)}], signed by admin {verified.Admin.User} ({verified.SigningKeyFingerprint})");
        }));
        return command;
    }

    private static Command IssueCommand(CliContext context)
    {
        var (csr, signature, admins) = VerificationOptions();
        var caCert = Required("--ca-cert", "The cluster CA certificate (PEM).");
        var caKey = Required("--ca-key", "The cluster CA private key (PEM).");
        var validity = new Option<string>("--validity") { Description = "How long the certificate is valid, e.g. 24h (default).", DefaultValueFactory = _ => "24h" };
        var maxValidity = new Option<string>("--max-validity") { Description = "The upper bound for --validity (default 7d).", DefaultValueFactory = _ => "7d" };
        var server = Required("--server", "The API server URL for the kubeconfig (https://...).");
        var output = Required("--out", "Directory for USER.crt and USER.kubeconfig.");
        var key = new Option<string>("--key") { Description = "The user's private key: embedded in the kubeconfig (written 0600) instead of referenced as USER.key." };
        var command = new Command("issue", "Verify an admin CSR and sign it as a short-lived client certificate with a kubeconfig.")
        {
            csr, signature, admins, caCert, caKey, validity, maxValidity, server, output, key,
        };
        command.SetAction(parsed => Guarded(context, () =>
        {
            var lifetime = PkiValidity.Bounded(parsed.GetValue(validity)!, parsed.GetValue(maxValidity)!);
            var serverUrl = parsed.GetValue(server)!;
            if (!Uri.TryCreate(serverUrl, UriKind.Absolute, out var uri) || uri.Scheme != "https")
            {
                throw PkiFailure.BadInput($"--server: '{serverUrl}' is not an https:// URL");
            }

            var ca = AdminClientCertificate.ReadCaCertificate(parsed.GetValue(caCert)!);
            var caPrivateKey = AdminClientCertificate.ReadPrivateKey(parsed.GetValue(caKey)!, "CA private key");
            if (!AdminClientCertificate.KeyMatches(caPrivateKey, ca.GetPublicKey()))
            {
                throw PkiFailure.BadInput($"{parsed.GetValue(caKey)}: this private key does not belong to the CA certificate {parsed.GetValue(caCert)}");
            }

            var verified = AdminRequestVerifier.Verify(parsed.GetValue(csr)!, parsed.GetValue(signature)!, parsed.GetValue(admins)!, DateTime.UtcNow);
            string? keyPem = null;
            if (parsed.GetValue(key) is { } keyPath)
            {
                keyPem = System.Text.Encoding.ASCII.GetString(PkiFiles.ReadBytes(keyPath, "private key"));
                if (!AdminClientCertificate.KeyMatches(AdminClientCertificate.ReadPrivateKey(keyPath, "private key"), verified.Request.GetPublicKey()))
                {
                    throw PkiFailure.BadInput($"{keyPath}: this private key does not belong to the CSR {parsed.GetValue(csr)}");
                }
            }

            var certificate = AdminClientCertificate.Issue(verified, ca, caPrivateKey, lifetime, DateTime.UtcNow);
            var certificatePem = PkiPem.Write(certificate);
            var kubeconfig = AdminKubeconfig.Render(serverUrl, PkiPem.Write(ca), verified.User, certificatePem, $"{verified.User}.key", keyPem);
            using var staged = new StagedOutput(parsed.GetValue(output)!);
            var certificatePath = staged.WritePublic($"{verified.User}.crt", certificatePem);
            var kubeconfigPath = staged.WritePrivate($"{verified.User}.kubeconfig", kubeconfig);
            staged.Commit();
            context.Out.WriteLine($"certificate: {certificatePath} (CN={verified.User}, groups=[{string.Join(", ", verified.Groups)}], valid until {certificate.NotAfter:yyyy-MM-ddTHH:mm:ssZ}, serial {certificate.SerialNumber.ToString(16)})");
            context.Out.WriteLine($"kubeconfig:  {kubeconfigPath} ({(keyPem is null ? $"expects {verified.User}.key next to it" : "key embedded; mode 0600")})");
        }));
        return command;
    }

    private static Command CsrObjectCommand(CliContext context)
    {
        var (csr, signature, admins) = VerificationOptions();
        var validity = new Option<string>("--validity") { Description = "expirationSeconds of the request, e.g. 24h (default).", DefaultValueFactory = _ => "24h" };
        var maxValidity = new Option<string>("--max-validity") { Description = "The upper bound for --validity (default 7d).", DefaultValueFactory = _ => "7d" };
        var command = new Command("csr-object", "Verify an admin CSR and print it as a certificates.k8s.io/v1 CertificateSigningRequest.")
        {
            csr, signature, admins, validity, maxValidity,
        };
        command.SetAction(parsed => Guarded(context, () =>
        {
            var lifetime = PkiValidity.Bounded(parsed.GetValue(validity)!, parsed.GetValue(maxValidity)!);
            var verified = AdminRequestVerifier.Verify(parsed.GetValue(csr)!, parsed.GetValue(signature)!, parsed.GetValue(admins)!, DateTime.UtcNow);
            context.Out.Write(CertificateSigningRequestObject.Render(verified, lifetime));
        }));
        return command;
    }

    private static int Guarded(CliContext context, Action action)
    {
        try
        {
            action();
            return ExitCodes.Ok;
        }
        catch (PkiFailure failure)
        {
            return context.Fail(failure.ExitCode, failure.Message);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex UserPattern();
}
