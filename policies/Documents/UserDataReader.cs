using System.Collections.Immutable;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kaws.Policies;

/// <summary>
/// Finds and decodes user data: a launch template's <c>userData</c> and an instance's <c>userDataBase64</c>
/// are base64; an instance's <c>userData</c> is plain text. Gzip-compressed payloads are unpacked.
/// Documents are found by their <c>kind</c>, not by the path they are written to.
/// </summary>
public static class UserDataReader
{
    public const string LaunchTemplateType = "aws:ec2/launchTemplate:LaunchTemplate";
    public const string InstanceType = "aws:ec2/instance:Instance";

    // Decoded once per resource (by reference): a dozen rules read the same user data, and decoding
    // it (base64, cloud-config, every YAML document) was nine tenths of a plan's policy time.
    private static readonly ConditionalWeakTable<PolicyResource, IReadOnlyList<UserData>> Decoded = new();

    // Node groups that boot alike carry byte-identical user data: decode each distinct text once. Bounded,
    // because the analyzer plugin is a long-lived process.
    private const int ParsedTextLimit = 64;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool Base64), ParsedText> Parsed = new();

    private sealed record ParsedText(string? Text, ImmutableArray<WrittenFile> Files, ImmutableArray<WrittenDocument> Documents);

    private static ParsedText Parse(string raw, bool base64)
    {
        if (Parsed.TryGetValue((raw, base64), out var cached))
        {
            return cached;
        }

        var text = base64 ? DecodeBase64(raw) : raw;
        var files = text is null ? [] : FilesIn(text);
        var documents = files.SelectMany(file => YamlValues.ParseAll(file.Content)
                .Where(document => document["kind"].Text is not null)
                .Select(document => new WrittenDocument(file.Path, document)))
            .ToImmutableArray();
        var parsed = new ParsedText(text, files, documents);
        if (Parsed.Count >= ParsedTextLimit)
        {
            Parsed.Clear();
        }

        Parsed[(raw, base64)] = parsed;
        return parsed;
    }

    /// <summary>The user data fields a resource sets (none for other types).</summary>
    public static IEnumerable<UserData> Read(PolicyResource resource) =>
        Decoded.GetValue(resource, static resource => [.. Decode(resource)]);

    private static IEnumerable<UserData> Decode(PolicyResource resource)
    {
        (string Property, bool Base64)[] fields = resource.Type switch
        {
            LaunchTemplateType => [("userData", true)],
            InstanceType => [("userData", false), ("userDataBase64", true)],
            _ => [],
        };

        foreach (var (property, base64) in fields)
        {
            var value = resource.Properties[property];
            if (value.IsNull)
            {
                continue;
            }

            var parsed = value.Text is { } known ? Parse(known, base64) : new ParsedText(null, [], []);
            yield return new UserData(property, parsed.Text, value.DescendantsAndSelf().Any(part => part.IsSecret), parsed.Files, parsed.Documents);
        }
    }

    /// <summary>Every YAML document of one kind in the user data of a resource.</summary>
    public static IEnumerable<WrittenDocument> Documents(PolicyResource resource, string kind) =>
        Read(resource).SelectMany(userData => userData.Documents).Where(document => document.Kind == kind);

    /// <summary>The files that a #cloud-config writes with write_files, their content decoded.</summary>
    public static ImmutableArray<WrittenFile> FilesIn(string cloudConfig)
    {
        if (!cloudConfig.StartsWith("#cloud-config", StringComparison.Ordinal))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<WrittenFile>();
        foreach (var root in YamlValues.ParseAll(cloudConfig, markerMeansUnknown: false))
        {
            foreach (var file in root["write_files"].Items)
            {
                if (file["content"].Text is { } content && DecodeContent(content, file["encoding"].Text) is { } decoded)
                {
                    found.Add(new WrittenFile(file["path"].Text ?? "(no path)", decoded));
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Base64 to text (unpacking gzip); null when it is not base64 of UTF-8 text.</summary>
    public static string? DecodeBase64(string base64)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var length))
        {
            return null;
        }

        return BytesToText(bytes.AsSpan(0, length).ToArray());
    }

    private static string? DecodeContent(string content, string? encoding) => encoding?.ToLowerInvariant() switch
    {
        null or "" or "text/plain" => content,
        "b64" or "base64" or "gz+b64" or "gzip+b64" or "gz+base64" or "gzip+base64" => DecodeBase64(content),
        _ => null,
    };

    private static string? BytesToText(byte[] bytes)
    {
        if (bytes is [0x1f, 0x8b, ..])
        {
            try
            {
                using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                bytes = output.ToArray();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
