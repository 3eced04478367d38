using System.Text.RegularExpressions;
using Org.BouncyCastle.Bcpg.OpenPgp;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Infra.Pki;

/// <summary>One admin: the user name certificates carry as CN, the primary key's full fingerprint, the groups they may request.</summary>
public sealed record Admin(string User, string Fingerprint, IReadOnlyList<string> Groups, PgpPublicKeyRing Keys);

/// <summary>
/// pubkeys/admins.yaml and the public keys in pubkeys/*.asc. An admin is identified by the full fingerprint of
/// their primary key; user IDs inside the keys are never consulted, so a key that merely claims an admin's UID
/// matches nothing.
/// </summary>
public static partial class AdminRegistry
{
    public const string FileName = "admins.yaml";

    public static IReadOnlyList<Admin> Load(string directory)
    {
        var file = Path.Combine(directory, FileName);
        if (!File.Exists(file))
        {
            throw PkiFailure.BadInput($"{file}: not found; --admins must name the directory holding admins.yaml and the admins' *.asc public keys");
        }

        var rings = LoadPublicKeys(directory);
        var entries = ReadEntries(file);
        return entries.Select(entry =>
        {
            var ring = rings.FirstOrDefault(candidate => FingerprintOf(candidate.GetPublicKey()) == entry.Fingerprint)
                ?? throw PkiFailure.BadInput($"{file}: admin {entry.User}: no public key with primary fingerprint {entry.Fingerprint} in {directory}/*.asc");
            return new Admin(entry.User, entry.Fingerprint, entry.Groups, ring);
        }).ToList();
    }

    public static string FingerprintOf(PgpPublicKey key) => Convert.ToHexString(key.GetFingerprint());

    private static List<PgpPublicKeyRing> LoadPublicKeys(string directory)
    {
        var rings = new List<PgpPublicKeyRing>();
        foreach (var path in Directory.GetFiles(directory, "*.asc").Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(path);
                var bundle = new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(stream));
                var found = bundle.GetKeyRings().ToList();
                if (found.Count == 0)
                {
                    throw new PgpException("no public key in the file");
                }

                rings.AddRange(found);
            }
            catch (Exception error) when (error is PgpException or IOException or InvalidOperationException or ArgumentException)
            {
                throw PkiFailure.BadInput($"{path}: not an OpenPGP public key (expected the output of gpg --armor --export FINGERPRINT): {error.Message}");
            }
        }

        return rings;
    }

    private static List<AdminEntry> ReadEntries(string file)
    {
        YamlStream yaml = [];
        try
        {
            using var reader = new StreamReader(file);
            yaml.Load(reader);
        }
        catch (YamlException error)
        {
            throw PkiFailure.BadInput($"{file}: not valid YAML: {error.Message}");
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw PkiFailure.BadInput($"{file}: expected one YAML mapping with the key 'admins'");
        }

        var unknown = root.Children.Keys.Select(Text).FirstOrDefault(key => key != "admins");
        if (unknown is not null)
        {
            throw PkiFailure.BadInput($"{file}: unknown key '{unknown}'; expected only 'admins'");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("admins"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw PkiFailure.BadInput($"{file}: admins: expected a list (use 'admins: []' for none)");
        }

        var admins = new List<AdminEntry>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var admin = ReadEntry(file, $"admins[{index}]", sequence.Children[index]);
            if (admins.Any(existing => existing.User == admin.User))
            {
                throw PkiFailure.BadInput($"{file}: admins[{index}].user: '{admin.User}' is listed twice");
            }

            admins.Add(admin);
        }

        return admins;
    }

    private static AdminEntry ReadEntry(string file, string at, YamlNode node)
    {
        if (node is not YamlMappingNode entry)
        {
            throw PkiFailure.BadInput($"{file}: {at}: expected a mapping with user, fingerprint and groups");
        }

        var unknown = entry.Children.Keys.Select(Text).FirstOrDefault(key => key is not ("user" or "fingerprint" or "groups"));
        if (unknown is not null)
        {
            throw PkiFailure.BadInput($"{file}: {at}: unknown key '{unknown}'; expected user, fingerprint and groups");
        }

        var user = Scalar(file, at, entry, "user");
        if (!UserPattern().IsMatch(user))
        {
            throw PkiFailure.BadInput($"{file}: {at}.user: '{user}' is not a user name (letters, digits, '.', '_', '@', '-')");
        }

        var fingerprint = Scalar(file, at, entry, "fingerprint").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!FingerprintPattern().IsMatch(fingerprint))
        {
            throw PkiFailure.BadInput($"{file}: {at}.fingerprint: expected the full 40-hex-digit OpenPGP v4 fingerprint of the primary key (gpg --fingerprint), not a key ID or user ID");
        }

        if (!entry.Children.TryGetValue(new YamlScalarNode("groups"), out var groupsNode) || groupsNode is not YamlSequenceNode groupList
            || groupList.Children.Count == 0 || groupList.Children.Any(group => group is not YamlScalarNode { Value.Length: > 0 }))
        {
            throw PkiFailure.BadInput($"{file}: {at}.groups: expected a non-empty list of group names");
        }

        var groups = groupList.Children.Select(Text).ToList();
        return new AdminEntry(user, fingerprint, groups);
    }

    private static string Scalar(string file, string at, YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value.Length: > 0 } scalar
            ? scalar.Value!
            : throw PkiFailure.BadInput($"{file}: {at}.{key}: missing; expected a non-empty string");

    private static string Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();

    private sealed record AdminEntry(string User, string Fingerprint, IReadOnlyList<string> Groups);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex UserPattern();

    [GeneratedRegex("^[0-9A-F]{40}$")]
    private static partial Regex FingerprintPattern();
}
