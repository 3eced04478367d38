using Org.BouncyCastle.Bcpg;
using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Kaws.Infra.Pki;

/// <summary>
/// An ASCII-armored detached OpenPGP signature over a file's exact bytes, made with the admin's secret key
/// (the same signature gpg --armor --detach-sign makes). Uses the first usable signing key of the key ring.
/// </summary>
public static class OpenPgpDetachedSigner
{
    public static string Sign(byte[] content, string secretKeyPath, char[] passphrase)
    {
        var secretKey = FindSigningKey(secretKeyPath);
        PgpPrivateKey privateKey;
        try
        {
            privateKey = secretKey.ExtractPrivateKey(passphrase);
        }
        catch (PgpException)
        {
            throw PkiFailure.BadInput($"{secretKeyPath}: cannot unlock the secret key {secretKey.KeyId:X16} (wrong or missing --passphrase-file)");
        }

        var generator = new PgpSignatureGenerator(secretKey.PublicKey.Algorithm, HashAlgorithmTag.Sha256);
        generator.InitSign(PgpSignature.BinaryDocument, privateKey);
        var subpackets = new PgpSignatureSubpacketGenerator();
        subpackets.SetSignatureCreationTime(false, DateTime.UtcNow);
        subpackets.SetIssuerFingerprint(false, secretKey);
        generator.SetHashedSubpackets(subpackets.Generate());
        generator.Update(content);

        using var buffer = new MemoryStream();
        using (var armored = new ArmoredOutputStream(buffer))
        {
            generator.Generate().Encode(armored);
        }

        return System.Text.Encoding.ASCII.GetString(buffer.ToArray());
    }

    private static PgpSecretKey FindSigningKey(string path)
    {
        var bytes = PkiFiles.ReadBytes(path, "OpenPGP secret key");
        List<PgpSecretKey> keys;
        try
        {
            using var stream = PgpUtilities.GetDecoderStream(new MemoryStream(bytes));
            keys = new PgpSecretKeyRingBundle(stream).GetKeyRings().SelectMany(ring => ring.GetSecretKeys()).ToList();
        }
        catch (Exception error) when (error is PgpException or IOException or ArgumentException or InvalidOperationException)
        {
            throw PkiFailure.BadInput($"{path}: not an OpenPGP secret key (expected gpg --armor --export-secret-keys FINGERPRINT): {error.Message}");
        }

        return keys.FirstOrDefault(key => key.IsSigningKey && !key.IsPrivateKeyEmpty && !key.PublicKey.HasRevocation())
            ?? throw PkiFailure.BadInput($"{path}: holds no usable secret signing key");
    }
}
