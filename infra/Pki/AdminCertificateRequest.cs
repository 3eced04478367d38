using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Kaws.Infra.Pki;

/// <summary>A fresh admin key pair and its PKCS#10 request: CN is the user, one O per Kubernetes group.</summary>
public sealed record AdminCertificateRequest(string PrivateKeyPem, string RequestPem)
{
    public static AdminCertificateRequest Create(string user, IReadOnlyList<string> groups, string keyAlgorithm)
    {
        var random = new SecureRandom();
        var keyPair = keyAlgorithm switch
        {
            "ecdsa" => GenerateEcdsa(random),
            "rsa" => GenerateRsa(random),
            _ => throw PkiFailure.BadInput($"--key-algorithm: '{keyAlgorithm}' is not supported; expected ecdsa (P-256) or rsa (3072 bits)"),
        };
        var signatureAlgorithm = keyAlgorithm == "rsa" ? "SHA256WITHRSA" : "SHA256WITHECDSA";
        var request = new Pkcs10CertificationRequest(
            new Asn1SignatureFactory(signatureAlgorithm, keyPair.Private, random), Subject(user, groups), keyPair.Public, null);
        return new AdminCertificateRequest(PkiPem.Write(new Pkcs8Generator(keyPair.Private).Generate()), PkiPem.Write(request));
    }

    /// <summary>Kubernetes reads the user from CN and the groups from every O.</summary>
    public static X509Name Subject(string user, IReadOnlyList<string> groups)
    {
        var oids = groups.Select(_ => X509Name.O).Append(X509Name.CN).ToList();
        var values = groups.Append(user).ToList();
        return new X509Name(oids, values);
    }

    private static AsymmetricCipherKeyPair GenerateEcdsa(SecureRandom random)
    {
        var generator = new ECKeyPairGenerator("ECDSA");
        generator.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, random));
        return generator.GenerateKeyPair();
    }

    private static AsymmetricCipherKeyPair GenerateRsa(SecureRandom random)
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 3072, 100));
        return generator.GenerateKeyPair();
    }
}
