using System.Diagnostics;
using Kaws.Pki;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;

namespace Kaws.Tests.Pki;

/// <summary>
/// openssl judges the plan's chain logic: the plan is reproduced with BouncyCastle exactly as the tls
/// provider would issue it (subjects, SANs, usages, lifetimes, which CA signs what), then every leaf must
/// verify against its kind's trust bundle for its purpose, and not against the other kinds' bundles.
/// </summary>
public sealed class CertificateChainOpensslSpecs : IDisposable
{
    private const string LoadBalancer = "kaws-api-0123456789.elb.us-east-1.amazonaws.com";

    private readonly string directory = Directory.CreateTempSubdirectory("kaws-pki-chain-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static CertificatePlan Plan(KeyAlgorithm key, CaGenerations generations) => CertificatePlan.For(new CertificatePlanSettings(
        "kaws", "cluster.local", "10.96.0.0/12", key, 87600, 8760, 720, 24, generations));

    public static TheoryData<string, int, string> Stages => new()
    {
        { "ECDSA", 1, "none" },
        { "RSA", 1, "none" },
        { "ECDSA", 2, "add-new" },
        { "ECDSA", 2, "switch" },
        { "ECDSA", 2, "remove-old" },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void Every_leaf_verifies_against_its_own_trust_bundle_for_its_purpose_and_no_other(string algorithm, int generation, string stage)
    {
        Assert.True(CaRotationStageNames.TryParse(stage, out var parsed));
        var plan = Plan(algorithm == "RSA" ? new KeyAlgorithm("RSA", 2048) : KeyAlgorithm.EcdsaP256, new CaGenerations(generation, parsed));
        var issued = Issue(plan);

        foreach (var leaf in plan.Certificates)
        {
            var purpose = leaf.IsServing ? "sslserver" : "sslclient";
            foreach (var kind in Enum.GetValues<PkiAuthority>())
            {
                var bundle = WriteBundle(plan, issued, kind);
                var (code, output) = Openssl("verify", "-x509_strict", "-purpose", purpose, "-CAfile", bundle, issued.Leaves[leaf.Name]);
                if (kind == leaf.Authority)
                {
                    Assert.True(code == 0, $"{leaf.Name} does not verify against the {kind} bundle: {output}");
                }
                else
                {
                    Assert.True(code != 0, $"{leaf.Name} verifies against the {kind} bundle, which must not trust it");
                }
            }
        }
    }

    [Fact]
    public void A_leaf_of_the_old_generation_stops_verifying_once_the_old_ca_is_removed()
    {
        var addNew = Plan(KeyAlgorithm.EcdsaP256, new CaGenerations(2, CaRotationStage.AddNew));
        var issued = Issue(addNew);
        var oldLeaf = issued.Leaves["controller-manager"];
        var removed = Plan(KeyAlgorithm.EcdsaP256, new CaGenerations(2, CaRotationStage.RemoveOld));

        var stillTrusted = Openssl("verify", "-purpose", "sslclient", "-CAfile", WriteBundle(addNew, issued, PkiAuthority.Cluster), oldLeaf);
        var dropped = Openssl("verify", "-purpose", "sslclient", "-CAfile", WriteBundle(removed, issued, PkiAuthority.Cluster), oldLeaf);

        Assert.Equal(0, stillTrusted.Code);
        Assert.NotEqual(0, dropped.Code);
    }

    [Fact]
    public void Openssl_reads_the_planned_names_usages_and_lifetimes()
    {
        var plan = Plan(KeyAlgorithm.EcdsaP256, CaGenerations.Initial);
        var issued = Issue(plan);

        var apiserver = Text(issued.Leaves["apiserver"]);
        Assert.Contains("Subject: CN = kube-apiserver", apiserver);
        Assert.Contains($"DNS:{LoadBalancer}, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local, DNS:localhost, IP Address:10.96.0.1, IP Address:127.0.0.1", apiserver);
        Assert.Contains("TLS Web Server Authentication", apiserver);
        Assert.DoesNotContain("TLS Web Client Authentication", apiserver);
        Assert.Contains("Issuer: O = kaws, CN = kaws-kubernetes-ca-g1", apiserver);

        var kubeletClient = Text(issued.Leaves["apiserver-kubelet-client"]);
        Assert.Contains("Subject: O = kubeadm:cluster-admins, CN = kube-apiserver-kubelet-client", kubeletClient);
        Assert.Contains("TLS Web Client Authentication", kubeletClient);
        Assert.DoesNotContain("Subject Alternative Name", kubeletClient);

        var breakGlass = Text(issued.Leaves[CertificatePlan.BreakGlassName]);
        Assert.Contains("Subject: O = system:masters, CN = kaws:break-glass", breakGlass);
        var (_, dates) = Openssl("x509", "-noout", "-checkend", (23 * 3600).ToString(System.Globalization.CultureInfo.InvariantCulture), "-in", issued.Leaves[CertificatePlan.BreakGlassName]);
        Assert.Contains("will not expire", dates);
        Assert.NotEqual(0, Openssl("x509", "-noout", "-checkend", (25 * 3600).ToString(System.Globalization.CultureInfo.InvariantCulture), "-in", issued.Leaves[CertificatePlan.BreakGlassName]).Code);

        var ca = Text(issued.Authorities["etcd-ca-g1"]);
        Assert.Contains("CA:TRUE", ca);
        Assert.Contains("Certificate Sign, CRL Sign", ca);
    }

    private sealed record Issued(Dictionary<string, string> Authorities, Dictionary<string, string> Leaves, Dictionary<string, (X509Certificate Cert, AsymmetricKeyParameter Key)> Signers);

    /// <summary>Issues every CA and leaf of the plan; leaves of the previous generation too when a rotation keeps it.</summary>
    private Issued Issue(CertificatePlan plan)
    {
        var issued = new Issued([], [], []);
        foreach (var authority in plan.Authorities)
        {
            var keys = NewKey(plan);
            var name = Name(authority.Organization, authority.CommonName);
            var generator = Generator(name, name, keys.Public, authority.ValidityHours);
            generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
            generator.AddExtension(X509Extensions.KeyUsage, true, KeyUsageOf(CertificateAuthority.AllowedUses));
            generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(keys.Public));
            var cert = generator.Generate(Signer(keys.Private));
            issued.Signers[authority.Id] = (cert, keys.Private);
            issued.Authorities[authority.Id] = Write($"{authority.Id}.crt", cert);
        }

        foreach (var leaf in plan.Certificates)
        {
            var (caCert, caKey) = issued.Signers[plan.SignerOf(leaf.Authority).Id];
            var keys = NewKey(plan);
            var generator = Generator(caCert.SubjectDN, Name(leaf.Organization, leaf.CommonName), keys.Public, leaf.ValidityHours);
            generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
            generator.AddExtension(X509Extensions.KeyUsage, true, KeyUsageOf(leaf.AllowedUses));
            generator.AddExtension(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(leaf.AllowedUses
                .Select(use => use switch { "server_auth" => KeyPurposeID.id_kp_serverAuth, "client_auth" => KeyPurposeID.id_kp_clientAuth, _ => null })
                .OfType<KeyPurposeID>()));
            generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, X509ExtensionUtilities.CreateAuthorityKeyIdentifier(caCert));
            var names = (leaf.NamesApiEndpoint ? [LoadBalancer] : Array.Empty<string>()).Concat(leaf.DnsNames)
                .Select(dns => new GeneralName(GeneralName.DnsName, dns))
                .Concat(leaf.IpAddresses.Select(ip => new GeneralName(GeneralName.IPAddress, ip)))
                .ToArray();
            if (names.Length > 0)
            {
                generator.AddExtension(X509Extensions.SubjectAlternativeName, false, new GeneralNames(names));
            }

            issued.Leaves[leaf.Name] = Write($"{leaf.Name}.crt", generator.Generate(Signer(caKey)));
        }

        return issued;
    }

    private string WriteBundle(CertificatePlan plan, Issued issued, PkiAuthority kind)
    {
        var path = Path.Combine(directory, $"bundle-{kind}-{string.Join('-', plan.Generations.Bundle)}.pem");
        File.WriteAllText(path, string.Concat(plan.TrustBundleOf(kind).Select(authority => File.ReadAllText(issued.Authorities[authority.Id]))));
        return path;
    }

    private static X509V3CertificateGenerator Generator(X509Name issuer, X509Name subject, AsymmetricKeyParameter publicKey, int validityHours)
    {
        var now = DateTime.UtcNow;
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(128, new SecureRandom()).Add(BigInteger.One));
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(now.AddMinutes(-1));
        generator.SetNotAfter(now.AddHours(validityHours));
        generator.SetPublicKey(publicKey);
        return generator;
    }

    private static X509Name Name(string? organization, string commonName) => organization is null
        ? new X509Name(new List<DerObjectIdentifier> { X509Name.CN }, new List<string> { commonName })
        : new X509Name(new List<DerObjectIdentifier> { X509Name.O, X509Name.CN }, new List<string> { organization, commonName });

    /// <summary>The tls provider's allowed_uses names mapped to the key usage bits they set.</summary>
    private static KeyUsage KeyUsageOf(IEnumerable<string> uses) => new(uses.Aggregate(0, (bits, use) => bits | use switch
    {
        "digital_signature" => KeyUsage.DigitalSignature,
        "key_encipherment" => KeyUsage.KeyEncipherment,
        "cert_signing" => KeyUsage.KeyCertSign,
        "crl_signing" => KeyUsage.CrlSign,
        _ => 0,
    }));

    /// <summary>The plan asks for keyEncipherment exactly when keys are RSA.</summary>
    private static AsymmetricCipherKeyPair NewKey(CertificatePlan plan)
    {
        var random = new SecureRandom();
        if (plan.Certificates[0].AllowedUses.Contains("key_encipherment"))
        {
            var generator = new RsaKeyPairGenerator();
            generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 2048, 80));
            return generator.GenerateKeyPair();
        }

        var ec = new ECKeyPairGenerator();
        ec.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, random));
        return ec.GenerateKeyPair();
    }

    private static Asn1SignatureFactory Signer(AsymmetricKeyParameter key) =>
        new(key is RsaKeyParameters ? "SHA256WITHRSA" : "SHA256WITHECDSA", key);

    private string Write(string file, X509Certificate certificate)
    {
        var path = Path.Combine(directory, file);
        using var text = new StringWriter();
        new PemWriter(text).WriteObject(certificate);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Text(string certificate)
    {
        var (code, output) = Openssl("x509", "-noout", "-text", "-in", certificate);
        Assert.Equal(0, code);
        return output;
    }

    private static (int Code, string Output) Openssl(params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => Path.Combine(dir, "openssl")).FirstOrDefault(File.Exists);
        Assert.True(path is not null, "'openssl' is not installed; the PKI specs need it as a judge: apt-get install -y openssl");
        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "openssl did not finish within a minute");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
