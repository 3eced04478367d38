using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Bcpg;
using Org.BouncyCastle.Bcpg.OpenPgp;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Pkcs;

namespace Kaws.Infra.Pki;

/// <summary>A CSR that passed every check: who asked, for which groups, approved by which admin key.</summary>
public sealed record VerifiedAdminRequest(
    Pkcs10CertificationRequest Request, byte[] RequestBytes, string User, IReadOnlyList<string> Groups, Admin Admin, string SigningKeyFingerprint);

/// <summary>
/// Checks an admin CSR and its detached OpenPGP signature against pubkeys/: the CSR's own signature, the OpenPGP
/// signature by the primary key (or a bound signing subkey) of exactly the listed fingerprint, key and signature
/// not expired or revoked, CN equal to that admin's user name, and every O within the admin's allowed groups.
/// </summary>
public static class AdminRequestVerifier
{
    public static VerifiedAdminRequest Verify(string csrPath, string signaturePath, string adminsDirectory, DateTime now)
    {
        var requestBytes = PkiFiles.ReadBytes(csrPath, "CSR");
        var request = ReadRequest(csrPath, requestBytes);
        if (!VerifiesItself(request))
        {
            throw PkiFailure.Rejected($"{csrPath}: the CSR's own signature does not verify (the request was altered after it was made)");
        }

        RequireStrongKey(csrPath, request);
        var (user, groups) = ReadSubject(csrPath, request);
        var signature = ReadSignature(signaturePath);
        var admins = AdminRegistry.Load(adminsDirectory);

        var (admin, signingKey) = FindSigner(admins, signature)
            ?? throw PkiFailure.Rejected(
                $"{signaturePath}: signed by key {signature.KeyId:X16}, which is not the primary key or a signing subkey of any admin fingerprint in {Path.Combine(adminsDirectory, AdminRegistry.FileName)}");

        signature.InitVerify(signingKey);
        signature.Update(requestBytes);
        if (!signature.Verify())
        {
            throw PkiFailure.Rejected($"{signaturePath}: the OpenPGP signature does not match {csrPath} (the CSR was changed after it was signed, or this signature is for another file)");
        }

        CheckLifetimes(signaturePath, admin, signingKey, signature, now);

        if (user != admin.User)
        {
            throw PkiFailure.Rejected($"{csrPath}: CN '{user}' does not match the signing admin's user name '{admin.User}' (fingerprint {admin.Fingerprint})");
        }

        var forbidden = groups.FirstOrDefault(group => !admin.Groups.Contains(group, StringComparer.Ordinal));
        if (forbidden is not null)
        {
            throw PkiFailure.Rejected($"{csrPath}: group (O) '{forbidden}' is not allowed for admin {admin.User}; allowed: {string.Join(", ", admin.Groups)}");
        }

        return new VerifiedAdminRequest(request, requestBytes, user, groups, admin, AdminRegistry.FingerprintOf(signingKey));
    }

    private static Pkcs10CertificationRequest ReadRequest(string path, byte[] bytes)
    {
        try
        {
            using var reader = new PemReader(new StringReader(System.Text.Encoding.ASCII.GetString(bytes)));
            if (reader.ReadObject() is Pkcs10CertificationRequest request)
            {
                return request;
            }
        }
        catch (Exception error) when (error is IOException or PemException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            throw PkiFailure.BadInput($"{path}: not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----): {error.Message}");
        }

        throw PkiFailure.BadInput($"{path}: not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----)");
    }

    private static bool VerifiesItself(Pkcs10CertificationRequest request)
    {
        try
        {
            return request.Verify();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Admin keys are RSA of at least 2048 bits or ECDSA on P-256/P-384 — what the API server's TLS stack accepts and nothing weaker.</summary>
    private static void RequireStrongKey(string path, Pkcs10CertificationRequest request)
    {
        var key = request.GetPublicKey();
        var description = key switch
        {
            RsaKeyParameters rsa when rsa.Modulus.BitLength >= 2048 => null,
            RsaKeyParameters rsa => $"RSA-{rsa.Modulus.BitLength}",
            ECPublicKeyParameters { PublicKeyParamSet: { } curve } when curve.Equals(SecObjectIdentifiers.SecP256r1) || curve.Equals(SecObjectIdentifiers.SecP384r1) => null,
            ECPublicKeyParameters ec => $"ECDSA on {ec.PublicKeyParamSet?.Id ?? "explicit curve parameters"}",
            _ => key.GetType().Name,
        };
        if (description is not null)
        {
            throw PkiFailure.Rejected($"{path}: the CSR's key is {description}; expected RSA of at least 2048 bits or ECDSA on P-256 or P-384");
        }
    }

    private static (string User, IReadOnlyList<string> Groups) ReadSubject(string path, Pkcs10CertificationRequest request)
    {
        var subject = request.GetCertificationRequestInfo().Subject;
        var names = subject.GetValueList(X509Name.CN);
        if (names.Count != 1 || string.IsNullOrWhiteSpace(names[0]))
        {
            throw PkiFailure.Rejected($"{path}: the subject must carry exactly one CN (the user name); found {names.Count}");
        }

        var groups = subject.GetValueList(X509Name.O).ToList();
        return (names[0], groups);
    }

    private static PgpSignature ReadSignature(string path)
    {
        var bytes = PkiFiles.ReadBytes(path, "OpenPGP signature");
        try
        {
            using var stream = PgpUtilities.GetDecoderStream(new MemoryStream(bytes));
            var objects = new PgpObjectFactory(stream);
            var first = objects.NextPgpObject();
            if (first is PgpCompressedData compressed)
            {
                first = new PgpObjectFactory(compressed.GetDataStream()).NextPgpObject();
            }

            if (first is PgpSignatureList { Count: 1 } list)
            {
                var signature = list[0];
                if (signature.SignatureType != PgpSignature.BinaryDocument)
                {
                    throw PkiFailure.BadInput($"{path}: expected a binary detached signature (gpg --armor --detach-sign), found signature type 0x{signature.SignatureType:X2}");
                }

                return signature;
            }
        }
        catch (Exception error) when (error is PgpException or IOException or ArgumentException or InvalidOperationException)
        {
            throw PkiFailure.BadInput($"{path}: not an OpenPGP detached signature: {error.Message}");
        }

        throw PkiFailure.BadInput($"{path}: not an OpenPGP detached signature (expected exactly one signature packet)");
    }

    /// <summary>The listed primary key itself, or a subkey the primary bound as a signing subkey.</summary>
    private static (Admin Admin, PgpPublicKey Key)? FindSigner(IReadOnlyList<Admin> admins, PgpSignature signature)
    {
        foreach (var admin in admins)
        {
            var primary = admin.Keys.GetPublicKey();
            if (primary.KeyId == signature.KeyId)
            {
                return (admin, primary);
            }

            var subkey = admin.Keys.GetPublicKeys().FirstOrDefault(key => !key.IsMasterKey && key.KeyId == signature.KeyId);
            if (subkey is not null && IsBoundSigningSubkey(primary, subkey))
            {
                return (admin, subkey);
            }
        }

        return null;
    }

    private static bool IsBoundSigningSubkey(PgpPublicKey primary, PgpPublicKey subkey)
    {
        foreach (var binding in subkey.GetSignaturesOfType(PgpSignature.SubkeyBinding))
        {
            if (binding.KeyId != primary.KeyId)
            {
                continue;
            }

            binding.InitVerify(primary);
            var flags = binding.GetHashedSubPackets()?.GetKeyFlags() ?? 0;
            if (binding.VerifyCertification(primary, subkey) && (flags & PgpKeyFlags.CanSign) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckLifetimes(string path, Admin admin, PgpPublicKey signingKey, PgpSignature signature, DateTime now)
    {
        var primary = admin.Keys.GetPublicKey();
        if (primary.HasRevocation() || signingKey.HasRevocation())
        {
            throw PkiFailure.Rejected($"{path}: admin {admin.User}'s key {AdminRegistry.FingerprintOf(signingKey)} is revoked");
        }

        foreach (var key in new[] { primary, signingKey }.Distinct())
        {
            var validSeconds = key.GetValidSeconds();
            if (validSeconds > 0 && key.CreationTime.AddSeconds(validSeconds) <= now)
            {
                throw PkiFailure.Rejected(
                    $"{path}: admin {admin.User}'s key {AdminRegistry.FingerprintOf(key)} expired at {key.CreationTime.AddSeconds(validSeconds):yyyy-MM-ddTHH:mm:ssZ}");
            }
        }

        var signatureSeconds = signature.GetHashedSubPackets()?.GetSignatureExpirationTime() ?? 0;
        if (signatureSeconds > 0 && signature.CreationTime.AddSeconds(signatureSeconds) <= now)
        {
            throw PkiFailure.Rejected(
                $"{path}: the signature expired at {signature.CreationTime.AddSeconds(signatureSeconds):yyyy-MM-ddTHH:mm:ssZ}");
        }
    }
}
