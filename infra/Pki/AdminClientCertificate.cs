using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;

namespace Kaws.Infra.Pki;

/// <summary>
/// Signs a verified admin CSR as a short-lived client certificate: clientAuth only, digitalSignature only,
/// not a CA, a random 159-bit serial, never valid past the CA itself.
/// </summary>
public static class AdminClientCertificate
{
    public static X509Certificate Issue(VerifiedAdminRequest verified, X509Certificate caCertificate, AsymmetricKeyParameter caKey, TimeSpan validity, DateTime now)
    {
        var random = new SecureRandom();
        var notBefore = now.AddMinutes(-5);
        var notAfter = now.Add(validity);
        if (notAfter > caCertificate.NotAfter)
        {
            notAfter = caCertificate.NotAfter;
        }

        var subjectKey = verified.Request.GetPublicKey();
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(159, random).SetBit(0));
        generator.SetIssuerDN(caCertificate.SubjectDN);
        generator.SetSubjectDN(verified.Request.GetCertificationRequestInfo().Subject);
        generator.SetNotBefore(notBefore);
        generator.SetNotAfter(notAfter);
        generator.SetPublicKey(subjectKey);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature));
        generator.AddExtension(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeID.id_kp_clientAuth));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, X509ExtensionUtilities.CreateAuthorityKeyIdentifier(caCertificate));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(subjectKey));
        var algorithm = caKey is ECPrivateKeyParameters ? "SHA256WITHECDSA" : "SHA256WITHRSA";
        return generator.Generate(new Asn1SignatureFactory(algorithm, caKey, random));
    }

    public static X509Certificate ReadCaCertificate(string path)
    {
        var text = System.Text.Encoding.ASCII.GetString(PkiFiles.ReadBytes(path, "CA certificate"));
        object? value;
        try
        {
            value = new PemReader(new StringReader(text)).ReadObject();
        }
        catch (Exception error) when (error is IOException or PemException or ArgumentException or InvalidOperationException)
        {
            throw PkiFailure.BadInput($"{path}: not a PEM certificate: {error.Message}");
        }

        if (value is not X509Certificate certificate)
        {
            throw PkiFailure.BadInput($"{path}: not a PEM certificate (expected -----BEGIN CERTIFICATE-----)");
        }

        if (certificate.GetBasicConstraints() < 0)
        {
            throw PkiFailure.BadInput($"{path}: the certificate is not a CA (basicConstraints cA is not set)");
        }

        return certificate;
    }

    public static AsymmetricKeyParameter ReadPrivateKey(string path, string what)
    {
        var text = System.Text.Encoding.ASCII.GetString(PkiFiles.ReadBytes(path, what));
        object? value;
        try
        {
            value = new PemReader(new StringReader(text)).ReadObject();
        }
        catch (Exception error) when (error is IOException or PemException or ArgumentException or InvalidOperationException)
        {
            throw PkiFailure.BadInput($"{path}: not an unencrypted PEM private key: {error.GetType().Name}");
        }

        return value switch
        {
            AsymmetricCipherKeyPair pair => pair.Private,
            AsymmetricKeyParameter { IsPrivate: true } key => key,
            _ => throw PkiFailure.BadInput($"{path}: not an unencrypted PEM private key (expected PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY)"),
        };
    }

    /// <summary>True when the private key belongs to the public key (checked by a signature round trip).</summary>
    public static bool KeyMatches(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey)
    {
        var algorithm = privateKey is ECPrivateKeyParameters ? "SHA256WITHECDSA" : "SHA256WITHRSA";
        try
        {
            var data = new byte[] { 1, 2, 3 };
            var signer = SignerUtilities.GetSigner(algorithm);
            signer.Init(true, privateKey);
            signer.BlockUpdate(data, 0, data.Length);
            var signature = signer.GenerateSignature();
            var verifier = SignerUtilities.GetSigner(algorithm);
            verifier.Init(false, publicKey);
            verifier.BlockUpdate(data, 0, data.Length);
            return verifier.VerifySignature(signature);
        }
        catch (Exception error) when (error is InvalidKeyException or ArgumentException or InvalidCastException or CryptoException)
        {
            return false;
        }
    }
}
